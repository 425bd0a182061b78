namespace PlanGen.Core.Model;

/// <summary>How a part's heading is printed.</summary>
public enum HeadingCase
{
    /// <summary>In capitals, "I. MỤC ĐÍCH, YÊU CẦU", as most plans print their parts.</summary>
    Upper,
    /// <summary>As written, "I. Mục đích, yêu cầu", as some departments print them.</summary>
    AsWritten,
}
