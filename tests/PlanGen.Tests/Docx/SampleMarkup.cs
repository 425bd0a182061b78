using PlanGen.Core.Document;
using PlanGen.Core.Document.Markup;

namespace PlanGen.Tests.Docx;

/// <summary>A small document that uses every kind of node, with Vietnamese text throughout.</summary>
internal static class SampleMarkup
{
    public const string Text = """
        <document>
          <properties title="Kế hoạch bảo đảm an toàn giao thông năm 2024" subject="An toàn giao thông" creator="UBND tỉnh Lào Cai" date="2024-01-31"/>
          <header>
            <governing>UBND TỈNH LÀO CAI</governing>
            <issuer>BAN AN TOÀN GIAO THÔNG</issuer>
            <number>Số: 68/KH-UBND</number>
            <place-date>Lào Cai, ngày 31 tháng 01 năm 2024</place-date>
          </header>
          <title type="KẾ HOẠCH">Bảo đảm an toàn giao thông<br/>năm 2024</title>
          <basis>Căn cứ Luật Giao thông đường bộ;</basis>
          <p>Thực hiện Chỉ thị số 23-CT/TW, UBND tỉnh ban hành Kế hoạch với chủ đề "<i>Thượng tôn pháp luật</i>" như sau:</p>
          <part title="MỤC TIÊU, YÊU CẦU">
            <clause title="Mục tiêu">
              <p>Nâng cao ý thức tự giác chấp hành pháp luật.</p>
              <clause><p>Giảm tai nạn giao thông.</p></clause>
              <clause title="Kiềm chế ùn tắc"><p>Không để xảy ra ùn tắc.</p></clause>
            </clause>
            <clause><p>Các cấp, các ngành xây dựng kế hoạch triển khai.</p></clause>
          </part>
          <part title="TỔ CHỨC THỰC HIỆN">
            <clause title="Ban An toàn giao thông tỉnh">
              <point>Chủ động tham mưu chỉ đạo.</point>
              <point>Phối hợp với các Sở, ngành.</point>
              <point>Theo dõi, đánh giá tình hình.</point>
              <point>Tổng hợp, báo cáo.</point>
              <point>Đề xuất khen thưởng.</point>
              <point>Thực hiện nhiệm vụ khác.</point>
              <point>
                Tuyên truyền:
                <dash>trên báo chí <plus>Báo Lào Cai</plus><plus>Đài PT-TH tỉnh</plus></dash>
                <dash>trên mạng <b>xã hội</b></dash>
              </point>
            </clause>
          </part>
          <closing>Trên đây là Kế hoạch bảo đảm an toàn giao thông năm 2024</closing>
          <signing>
            <recipients>
              <recipient>Ủy ban ATGTQG (b/c)</recipient>
              <recipient>TT. TU, HĐND, UBND tỉnh;</recipient>
              <archive>VT, XD1</archive>
            </recipients>
            <signature>
              <authority>TM. ỦY BAN NHÂN DÂN</authority>
              <authority>KT. CHỦ TỊCH</authority>
              <authority>PHÓ CHỦ TỊCH</authority>
              <name>Nguyễn Trọng Hài</name>
            </signature>
          </signing>
          <section heading="Phụ lục" title="Nhiệm vụ bảo đảm ATGT năm 2024" reference="(Kèm theo Kế hoạch số 68/KH-UBND ngày 31/01/2024 của UBND tỉnh)">
            <table>
              <column width="5">STT</column>
              <column width="35">Nội dung công tác</column>
              <column width="15">Thời gian thực hiện</column>
              <column width="15">Đơn vị chủ trì</column>
              <column width="20">Đơn vị phối hợp</column>
              <column width="10">Ghi chú</column>
              <row kind="group" number="I"><cell span="5">Công tác lãnh đạo chỉ đạo</cell></row>
              <row number="1"><cell>Xây dựng kế hoạch</cell><cell>Quý I/2024</cell><cell>Ban ATGT tỉnh</cell><cell>Các Sở, ngành</cell></row>
              <row number="2"><cell>Đôn đốc, kiểm tra</cell><cell>Cả năm</cell><cell>Ban ATGT tỉnh</cell></row>
              <row number="2.1"><cell>Kiểm tra đường thủy</cell><cell>Quý II</cell><cell>Sở GTVT</cell></row>
              <row number="2.2"><cell>Kiểm tra đường sắt</cell><cell>Quý III</cell><cell>Công an tỉnh</cell></row>
              <row kind="group" number="II"><cell>Quản lý vận tải</cell><cell>Cả năm</cell><cell>Sở GTVT</cell></row>
              <row number="1"><cell>Siết chặt quản lý</cell></row>
            </table>
          </section>
        </document>
        """;

    public static LayoutDocument Tree()
    {
        var result = LayoutMarkupParser.Parse(Text, "sample.xml");
        Assert.Empty(result.Errors);
        return result.Document!;
    }

    public static byte[] Docx(LayoutDocument? tree = null)
    {
        using var stream = new MemoryStream();
        PlanGen.Docx.DocxWriter.Write(tree ?? Tree(), stream);
        return stream.ToArray();
    }
}
