using PlanGen.Core.Model;

namespace PlanGen.Core.Document.Grammar;

/// <summary>A signature's lines as the decree prints them. The model keeps who signs for whom; the lines are the grammar's (<see cref="SigningBlock"/>).</summary>
public static class SignatureWording
{
    extension(Signature signature)
    {
        /// <summary>The authority and office lines it prints (box 7a).</summary>
        public SigningBlock AuthorityBlock => new(new EquatableList<SigningAuthority>(signature.Authorities), signature.Body, signature.Head, signature.Office);
    }
}
