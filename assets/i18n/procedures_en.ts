<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>procedure</name>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>12 chữ số trên thẻ căn cước hoặc căn cước công dân.</source>
        <translation>The 12 digits on the Vietnamese ID card (thẻ căn cước or căn cước công dân).</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>12 chữ số trên thẻ căn cước hoặc căn cước công dân. Bỏ trống nếu người đã mất chưa có.</source>
        <translation>The 12 digits on the Vietnamese ID card (thẻ căn cước or căn cước công dân). Leave it empty if the person who died did not have one.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nam</source>
        <translation>The groom</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nam (chú rể)</source>
        <translation>The groom (bên nam)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nam có đang cư trú tại xã, phường nơi nộp hồ sơ này không?</source>
        <translation>Does the groom live in the commune or ward where you are handing in this application?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nam kết hôn lần thứ mấy?</source>
        <translation>Which marriage is this for the groom (first, second…)?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nam sinh ngày nào?</source>
        <translation>What is the groom's date of birth?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nam thuộc dân tộc nào?</source>
        <translation>What is the groom's ethnic group?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nam đang sống ở đâu?</source>
        <translation>Where does the groom live now?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nữ</source>
        <translation>The bride</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nữ (cô dâu)</source>
        <translation>The bride (bên nữ)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nữ có đang cư trú tại xã, phường nơi nộp hồ sơ này không?</source>
        <translation>Does the bride live in the commune or ward where you are handing in this application?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nữ kết hôn lần thứ mấy?</source>
        <translation>Which marriage is this for the bride (first, second…)?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nữ sinh ngày nào?</source>
        <translation>What is the bride's date of birth?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nữ thuộc dân tộc nào?</source>
        <translation>What is the bride's ethnic group?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bên nữ đang sống ở đâu?</source>
        <translation>Where does the bride live now?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Bạn có cần thêm bản sao trích lục khai sinh không?</source>
        <translation>Do you need extra copies of the birth extract (bản sao trích lục khai sinh)?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Bạn có giấy chứng sinh của cháu bé không?</source>
        <translation>Do you have the child's medical birth certificate (giấy chứng sinh)?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Bạn cần bao nhiêu bản sao?</source>
        <translation>How many copies do you need?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Bạn cần bản sao trích lục về việc gì?</source>
        <translation>Which record do you need a copy of?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bạn là bên nào?</source>
        <translation>Which of the two are you?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Bạn là gì của cháu bé?</source>
        <translation>How are you related to the child?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Bạn là gì của người đã mất?</source>
        <translation>How are you related to the person who died?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Bạn xin bản sao cho ai?</source>
        <translation>Who is the copy for?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Bạn xin giấy xác nhận cho ai?</source>
        <translation>Who is the confirmation for?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Bạn đang sống ở đâu?</source>
        <translation>Where do you live now?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Bản chính do cơ sở y tế nơi cháu bé sinh ra cấp.</source>
        <translation>The original, issued by the hospital or health centre where the child was born.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bản chính, do Ủy ban nhân dân cấp xã nơi bên nam cư trú cấp, còn thời hạn (6 tháng) và ghi mục đích để kết hôn với bên nữ.</source>
        <translation>The original, issued by the People's Committee of the commune where the groom lives, still valid (6 months), stating that it is for marrying the bride.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Bản chính, do Ủy ban nhân dân cấp xã nơi bên nữ cư trú cấp, còn thời hạn (6 tháng) và ghi mục đích để kết hôn với bên nam.</source>
        <translation>The original, issued by the People's Committee of the commune where the bride lives, still valid (6 months), stating that it is for marrying the groom.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Bản chính. Mất tại cơ sở y tế: giấy báo tử do cơ sở y tế cấp. Mất ở nơi khác: văn bản xác nhận của cơ quan có thẩm quyền (ví dụ công an xã) hoặc của người làm chứng; bản án, quyết định của Tòa án tuyên bố một người đã chết.</source>
        <translation>The original. Death in a hospital or health centre: the death notice it issued. Death elsewhere: a written confirmation from the authorities (for example the commune police) or from a witness; or a court judgment or decision declaring the person dead.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Bản sao dùng để làm thủ tục thừa kế, chế độ bảo hiểm… Mỗi bản sao có thể mất một khoản phí nhỏ.</source>
        <translation>Copies are used for inheritance, insurance benefits, etc. Each copy may cost a small fee.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Bản sao dùng để nộp cho trường học, bảo hiểm… Mỗi bản sao có thể mất một khoản phí nhỏ.</source>
        <translation>Copies are for schools, insurance, etc. Each copy may cost a small fee.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Bản sao giấy tờ chứng minh vợ hoặc chồng đã mất.</source>
        <translation>A copy of a document showing that the husband or wife has died.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Bản sao trích lục</source>
        <translation>Copies of the extract</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Bản sao. Nếu việc ly hôn đã được ghi vào sổ hộ tịch, có thể nộp bản sao trích lục hộ tịch tương ứng.</source>
        <translation>A copy. If the divorce has been entered in the civil-status register, a copy of that extract (trích lục hộ tịch) will also do.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Bản án hoặc quyết định ly hôn của Tòa án đã có hiệu lực pháp luật</source>
        <translation>The final court judgment or decision on the divorce (bản án, quyết định ly hôn)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Bỏ trống nếu không biết.</source>
        <translation>Leave it empty if you don't know.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Bỏ trống nếu người đó đã mất.</source>
        <translation>Leave it empty if the person has died.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Cha</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Cha hoặc mẹ</source>
        <translation>Father or mother</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Cho cha hoặc mẹ tôi (tôi là con)</source>
        <translation>My father or mother (I am their child)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Cho chính tôi</source>
        <translation>Myself</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Cho con tôi (tôi là cha hoặc mẹ)</source>
        <translation>My child (I am the father or mother)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Cho người thân (cha, mẹ, con, anh, chị, em…)</source>
        <translation>A relative (father, mother, child, brother, sister, etc.)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Cho người thân khác</source>
        <translation>Another relative</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Cho vợ hoặc chồng tôi</source>
        <translation>My husband or wife</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Cháu bé là trai hay gái?</source>
        <translation>Is the child a boy or a girl?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Cháu bé sinh ngày nào?</source>
        <translation>What is the child's date of birth?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Cháu bé sinh đã hơn 60 ngày. Bạn vẫn đăng ký khai sinh được như bình thường; chỉ là việc đăng ký muộn có thể có một khoản lệ phí nhỏ theo mức tỉnh quy định. Cán bộ sẽ báo cho bạn biết.</source>
        <translation>The child was born more than 60 days ago. You can still register the birth as usual; a late registration may just cost a small fee set by the province. The officer will tell you the amount.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Cháu bé sinh ở đâu?</source>
        <translation>Where was the child born?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Cháu bé thuộc dân tộc nào?</source>
        <translation>What is the child's ethnic group?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Chưa đăng ký kết hôn với ai</source>
        <translation>Single (never registered a marriage)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Chọn tỉnh/thành phố và xã/phường, rồi ghi số nhà, đường hoặc thôn, tổ dân phố.</source>
        <translation>Choose the province or city and the commune or ward, then write the house number and street, or the village or neighbourhood group.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Chọn tỉnh/thành phố và xã/phường, rồi ghi số nhà, đường hoặc thôn.</source>
        <translation>Choose the province or city and the commune or ward, then write the house number and street, or the village.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Chọn “Có” khi cơ quan khác yêu cầu xác nhận tình trạng hôn nhân trong thời gian người đó từng sống ở một nơi khác. Thông thường chọn “Không”.</source>
        <translation>Choose “Yes” if another office asked for the marital status during a time when the person lived somewhere else. Usually choose “No”.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Chọn “Không” nếu chưa xác định được cha của cháu.</source>
        <translation>Choose “No” if the child's father is not established.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Con</source>
        <translation>Son or daughter</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Có ghi thông tin người cha vào tờ khai không?</source>
        <translation>Will the father's details be written on the form?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Có người làm chứng việc cháu bé được sinh ra không?</source>
        <translation>Is there a witness to the birth?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Cấp Giấy xác nhận tình trạng hôn nhân</source>
        <translation>Confirmation of marital status</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Cấp bản sao trích lục hộ tịch</source>
        <translation>Copy of a civil-status extract</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Cần bao nhiêu bản sao?</source>
        <translation>How many copies do you need?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Cần xác nhận cho một thời gian cư trú trước đây không?</source>
        <translation>Do you need the confirmation for an earlier time when the person lived somewhere else?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Dùng thay giấy chứng sinh: người làm chứng ghi rõ họ tên, nơi cư trú và xác nhận việc sinh.</source>
        <translation>Used instead of the medical birth certificate: the witness writes their full name and address and confirms the birth.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Dự định đăng ký kết hôn ở đâu?</source>
        <translation>Where do they plan to register the marriage?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ghi như trên giấy báo tử, ví dụ: bệnh già, bệnh tim, tai nạn giao thông.</source>
        <translation>As written on the death notice, for example: old age, heart disease, road accident.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Ghi rõ mục đích sử dụng</source>
        <translation>Please say what the confirmation is for</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ghi theo giấy báo tử, ví dụ 05/09/2026.</source>
        <translation>As on the death notice, day/month/year, for example 05/09/2026.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ghi theo giấy báo tử, ví dụ 14:30. Bỏ trống nếu giấy tờ không ghi giờ.</source>
        <translation>As on the death notice, for example 14:30. Leave it empty if the paper gives no time.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ghi theo ngày/tháng/năm trên giấy tờ, ví dụ 12/03/1940.</source>
        <translation>Day/month/year as on the identity papers, for example 12/03/1940.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ghi theo ngày/tháng/năm, ví dụ 05/09/2026.</source>
        <translation>Day/month/year, for example 05/09/2026.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ghi đầy đủ, có dấu, như trên giấy tờ tùy thân.</source>
        <translation>The full name with Vietnamese accents, as on the identity papers.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Ghi đầy đủ, có dấu, như trên thẻ căn cước.</source>
        <translation>The full name with Vietnamese accents, as on the ID card.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ghi đầy đủ, có dấu, ví dụ: Nguyễn Thị Mai.</source>
        <translation>The full name with Vietnamese accents, for example: Nguyễn Thị Mai.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Gia đình có cần thêm bản sao trích lục khai tử không?</source>
        <translation>Does the family need extra copies of the death extract (bản sao trích lục khai tử)?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Gia đình cần bao nhiêu bản sao?</source>
        <translation>How many copies does the family need?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Giám hộ</source>
        <translation>Guardianship</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Giấy báo tử</source>
        <translation>Death notice</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Giấy báo tử hoặc giấy tờ thay thế giấy báo tử</source>
        <translation>Death notice (giấy báo tử) or a document that replaces it</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Giấy cam đoan về việc sinh</source>
        <translation>Sworn statement about the birth (giấy cam đoan về việc sinh)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Giấy chứng nhận kết hôn của cha mẹ</source>
        <translation>The parents' marriage certificate (giấy chứng nhận kết hôn)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Giấy chứng sinh</source>
        <translation>Medical birth certificate (giấy chứng sinh)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Giấy chứng sinh do bệnh viện, trạm y tế hoặc nhà hộ sinh cấp khi cháu bé chào đời.</source>
        <translation>The paper a hospital, health station or maternity clinic gives when a baby is born.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Giấy xác nhận dùng để làm gì?</source>
        <translation>What is the confirmation for?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Giấy xác nhận tình trạng hôn nhân của bên nam</source>
        <translation>The groom's confirmation of marital status (giấy xác nhận tình trạng hôn nhân)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Giấy xác nhận tình trạng hôn nhân của bên nữ</source>
        <translation>The bride's confirmation of marital status (giấy xác nhận tình trạng hôn nhân)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây</source>
        <translation>The confirmation of marital status issued before</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Giới tính của người đã mất</source>
        <translation>Sex of the person who died</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Hai bạn có cần bản sao trích lục kết hôn không?</source>
        <translation>Do you two need copies of the marriage extract (bản sao trích lục kết hôn)?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Họ, chữ đệm và tên của bên nam</source>
        <translation>The groom's full name</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Họ, chữ đệm và tên của bên nữ</source>
        <translation>The bride's full name</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Họ, chữ đệm và tên của cháu bé</source>
        <translation>The child's full name</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Họ, chữ đệm và tên của người cha</source>
        <translation>The father's full name</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Họ, chữ đệm và tên của người có tên trong trích lục</source>
        <translation>Full name of the person named in the extract</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Họ, chữ đệm và tên của người mẹ</source>
        <translation>The mother's full name</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Họ, chữ đệm và tên của người đã mất</source>
        <translation>Full name of the person who died</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Họ, chữ đệm và tên của người được xác nhận</source>
        <translation>Full name of the person the confirmation is for</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Họ, chữ đệm và tên của vợ hoặc chồng hiện nay</source>
        <translation>Full name of the current husband or wife</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Họ, chữ đệm và tên người dự định kết hôn</source>
        <translation>Full name of the person they plan to marry</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Họ, chữ đệm, tên người nộp hồ sơ</source>
        <translation>Full name of the person applying</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Họ, chữ đệm, tên người yêu cầu</source>
        <translation>Full name of the person applying</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Họ, chữ đệm, tên người đi khai tử</source>
        <translation>Full name of the person registering the death</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Họ, chữ đệm, tên người đi đăng ký</source>
        <translation>Full name of the person registering</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Hồ sơ do một trong hai người nộp; khi đăng ký, cả hai cùng có mặt.</source>
        <translation>One of you hands in the application; both of you must come in person for the registration.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Khai sinh</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Khai tử</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Khi không có giấy chứng sinh và không có người làm chứng, người đi đăng ký cam đoan về việc sinh.</source>
        <translation>When there is no medical birth certificate and no witness, the person registering makes a sworn statement about the birth.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Kết hôn</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Loại trích lục</source>
        <translation>Kind of extract</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Lần đầu thì ghi 1.</source>
        <translation>Write 1 for a first marriage.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Mẹ</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Mỗi bên đã được nhận một Giấy chứng nhận kết hôn bản chính. Mỗi bản sao có thể mất một khoản phí nhỏ.</source>
        <translation>Each of you receives an original marriage certificate. Each extra copy may cost a small fee.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Mỗi bản sao có một khoản phí nhỏ.</source>
        <translation>Each copy costs a small fee.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Mục đích sử dụng</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Nam (con trai)</source>
        <translation>Boy</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Nguyên nhân mất</source>
        <translation>Cause of death</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ngày cấp giấy báo tử</source>
        <translation>Date the death notice was issued</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Ngày kết thúc phải sau ngày bắt đầu cư trú. Vui lòng kiểm tra lại.</source>
        <translation>The end date must be after the start date. Please check again.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ngày mất phải sau ngày sinh. Vui lòng kiểm tra lại ngày sinh và ngày mất.</source>
        <translation>The date of death must be after the date of birth. Please check both dates again.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ngày sinh bằng chữ</source>
        <translation>Date of birth in words (in Vietnamese)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Ngày sinh của người dự định kết hôn</source>
        <translation>Date of birth of the person they plan to marry</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Ngày đăng ký (nếu biết)</source>
        <translation>Date of registration (if known)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người cha sinh năm nào?</source>
        <translation>In what year was the father born?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người cha thuộc dân tộc nào?</source>
        <translation>What is the father's ethnic group?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người cha đang sống ở đâu?</source>
        <translation>Where does the father live now?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Người có tên trong trích lục</source>
        <translation>The person named in the extract</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người mẹ sinh năm nào?</source>
        <translation>In what year was the mother born?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người mẹ thuộc dân tộc nào?</source>
        <translation>What is the mother's ethnic group?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người mẹ đang sống ở đâu?</source>
        <translation>Where does the mother live now?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Người nộp hồ sơ</source>
        <translation>The person applying</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người thân khác</source>
        <translation>Another relative</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Người thân mất ngày nào?</source>
        <translation>On what date did your relative die?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Người thân mất ở đâu?</source>
        <translation>Where did your relative die?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Người yêu cầu</source>
        <translation>The person applying</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Người đi khai tử</source>
        <translation>The person registering the death</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người đi đăng ký</source>
        <translation>The person registering</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Người đã mất sinh ngày nào?</source>
        <translation>What was the date of birth of the person who died?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Người đã mất thuộc dân tộc nào?</source>
        <translation>What was the ethnic group of the person who died?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Người đó sinh ngày nào?</source>
        <translation>What is that person's date of birth?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Người được xác nhận</source>
        <translation>The person the confirmation is for</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Người được xác nhận sinh ngày nào?</source>
        <translation>What is the date of birth of the person the confirmation is for?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Người được ủy quyền</source>
        <translation>Someone authorised by the family (power of attorney)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Nhận cha, mẹ, con</source>
        <translation>Recognition of a parent or child</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Năm sinh của người cha phải trước ngày sinh của cháu bé. Vui lòng kiểm tra lại.</source>
        <translation>The father's year of birth must be before the child's birth. Please check again.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Năm sinh của người mẹ phải trước ngày sinh của cháu bé. Vui lòng kiểm tra lại.</source>
        <translation>The mother's year of birth must be before the child's birth. Please check again.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Nơi cư trú cuối cùng của người đã mất</source>
        <translation>Last address of the person who died</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Nơi cư trú của người đó</source>
        <translation>That person's address</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Nơi cư trú hiện nay của người được xác nhận</source>
        <translation>Current address of the person the confirmation is for</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Nơi cấp giấy báo tử hoặc giấy tờ thay thế</source>
        <translation>Who issued the death notice or the document replacing it</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Nơi người đó sống trước khi mất. Chọn tỉnh/thành phố và xã/phường, rồi ghi số nhà, đường hoặc thôn.</source>
        <translation>Where the person lived before they died. Choose the province or city and the commune or ward, then write the house number and street, or the village.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Nơi và ngày đã đăng ký</source>
        <translation>Where and when it was registered</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Nơi đã cư trú trong thời gian đó</source>
        <translation>Where the person lived during that time</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Nếu cha mẹ đã đăng ký kết hôn: nộp bản sao hoặc xuất trình bản chính.</source>
        <translation>If the parents have registered their marriage: hand in a copy or show the original.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Nếu có, cần nộp lại giấy đã cấp.</source>
        <translation>If so, that paper must be handed back.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Nếu không, bên nam cần Giấy xác nhận tình trạng hôn nhân do nơi cư trú cấp.</source>
        <translation>If not, the groom needs a confirmation of marital status (giấy xác nhận tình trạng hôn nhân) from the commune where he lives.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Nếu không, bên nữ cần Giấy xác nhận tình trạng hôn nhân do nơi cư trú cấp.</source>
        <translation>If not, the bride needs a confirmation of marital status (giấy xác nhận tình trạng hôn nhân) from the commune where she lives.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Nếu xin cho chính bạn, ghi tên của bạn.</source>
        <translation>If it is for yourself, write your own name.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Nộp lại bản chính giấy đã cấp (chưa dùng hoặc đã hết hạn).</source>
        <translation>Hand back the original of the earlier confirmation (unused or expired).</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Nữ (con gái)</source>
        <translation>Girl</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Quyển số (nếu biết)</source>
        <translation>Register book number (if known)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Quê quán của cháu bé</source>
        <translation>The child's home town (quê quán)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Quốc tịch</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Quốc tịch của bên nam</source>
        <translation>The groom's nationality</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Quốc tịch của bên nữ</source>
        <translation>The bride's nationality</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Quốc tịch của cháu bé</source>
        <translation>The child's nationality</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Quốc tịch của người cha</source>
        <translation>The father's nationality</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Quốc tịch của người dự định kết hôn</source>
        <translation>Nationality of the person they plan to marry</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Quốc tịch của người mẹ</source>
        <translation>The mother's nationality</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Quốc tịch của người đã mất</source>
        <translation>Nationality of the person who died</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Số bản sao</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Số căn cước, hoặc số hộ chiếu nếu là người nước ngoài.</source>
        <translation>The Vietnamese ID card number, or the passport number for a foreigner.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Số của giấy báo tử (nếu có)</source>
        <translation>Number of the death notice (if it has one)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Số giấy tờ tùy thân của người dự định kết hôn</source>
        <translation>Identity document number of the person they plan to marry</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Số đăng ký (nếu biết)</source>
        <translation>Registration number (if known)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal identification number</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Số định danh cá nhân của bên nam</source>
        <translation>The groom's personal identification number</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Số định danh cá nhân của bên nữ</source>
        <translation>The bride's personal identification number</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Số định danh cá nhân của người đã mất</source>
        <translation>Personal identification number of the person who died</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Số định danh cá nhân của người đó</source>
        <translation>That person's personal identification number</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Số định danh cá nhân của người được xác nhận</source>
        <translation>Personal identification number of the person the confirmation is for</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Thay đổi, cải chính, bổ sung thông tin hộ tịch</source>
        <translation>Change, correction or addition of civil-status details</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Thông tin của trẻ</source>
        <translation>About the child</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Thông tin người cha</source>
        <translation>About the father</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Thông tin người mẹ</source>
        <translation>About the mother</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Thông tin người đã mất</source>
        <translation>About the person who died</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Thường là quê của cha hoặc mẹ, ví dụ: xã Đông Hòa, tỉnh Thái Bình.</source>
        <translation>Usually the father's or mother's home town, for example: xã Đông Hòa, tỉnh Thái Bình.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Thời gian cư trú phải bắt đầu sau ngày sinh. Vui lòng kiểm tra lại.</source>
        <translation>The period of residence must start after the date of birth. Please check again.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Thời gian, nơi mất và nguyên nhân</source>
        <translation>When, where and how the person died</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Trích lục khai tử (giấy chứng tử) của vợ hoặc chồng</source>
        <translation>The husband's or wife's death extract (trích lục khai tử, giấy chứng tử)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Trước đây đã được cấp Giấy xác nhận tình trạng hôn nhân mà chưa dùng hoặc đã hết hạn chưa?</source>
        <translation>Was the person given a confirmation of marital status before that was not used or has expired?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Tên cơ quan đã đăng ký, ví dụ: Ủy ban nhân dân xã Đông Hòa, huyện Đông Hưng, tỉnh Thái Bình (ghi tên cũ nếu đăng ký trước năm 2025).</source>
        <translation>The office that registered it, for example: Ủy ban nhân dân xã Đông Hòa, huyện Đông Hưng, tỉnh Thái Bình (write the old name if it was registered before 2025).</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Tình trạng hôn nhân</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Tình trạng hôn nhân hiện nay</source>
        <translation>Marital status now</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Tôi được người khác ủy quyền</source>
        <translation>Someone else, who gave me a power of attorney</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Từ ngày</source>
        <translation>From (date)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Việc hộ tịch khác</source>
        <translation>Another civil-status record</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Việc khác (mua bán nhà đất, vay vốn, đi làm việc…)</source>
        <translation>Something else (buying or selling land, a loan, a job, etc.)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Việc đó đã được đăng ký ở đâu?</source>
        <translation>Where was it registered?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Vào lúc mấy giờ?</source>
        <translation>At what time?</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Ví dụ 05/09/1996.</source>
        <translation>Day/month/year, for example 05/09/1996.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Ví dụ 12/03/1995.</source>
        <translation>Day/month/year, for example 12/03/1995.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Ví dụ 12/03/1998.</source>
        <translation>Day/month/year, for example 12/03/1998.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ví dụ: 1993.</source>
        <translation>For example: 1993.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ví dụ: 1995.</source>
        <translation>For example: 1995.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ví dụ: Bệnh viện Bạch Mai; hoặc Công an xã Hòa Bình.</source>
        <translation>For example: Bệnh viện Bạch Mai (a hospital); or Công an xã Hòa Bình (the commune police).</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ví dụ: Bệnh viện Phụ sản Hà Nội, hoặc tại nhà.</source>
        <translation>For example: Bệnh viện Phụ sản Hà Nội (a hospital), or at home.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Ví dụ: bổ sung hồ sơ vay vốn ngân hàng; làm thủ tục mua bán nhà đất.</source>
        <translation>For example: for a bank loan application; to buy or sell land.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ví dụ: người đỡ đẻ, hàng xóm, người thân đã chứng kiến. Nếu không có người làm chứng, bạn sẽ viết giấy cam đoan về việc sinh.</source>
        <translation>For example: the midwife, a neighbour or a relative who was there. If there is no witness, you will write a sworn statement about the birth.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Ví dụ: tại nhà riêng, thôn Đông, xã Hòa Bình; hoặc Bệnh viện Bạch Mai, Hà Nội.</source>
        <translation>For example: at home, thôn Đông, xã Hòa Bình; or Bệnh viện Bạch Mai, Hà Nội (a hospital).</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Ví dụ: xã Đông Hòa, tỉnh Hưng Yên.</source>
        <translation>For example: xã Đông Hòa, tỉnh Hưng Yên.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Ví dụ: Ủy ban nhân dân phường Ba Đình, Hà Nội.</source>
        <translation>For example: Ủy ban nhân dân phường Ba Đình, Hà Nội (a ward People's Committee).</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Văn bản của người làm chứng xác nhận về việc sinh</source>
        <translation>A witness's written confirmation of the birth (văn bản của người làm chứng)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Văn bản ủy quyền</source>
        <translation>Power of attorney (văn bản ủy quyền)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Văn bản ủy quyền được chứng thực theo quy định, khi bạn xin bản sao thay cho người khác.</source>
        <translation>A certified power of attorney, when you ask for the copy on behalf of someone else.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Văn bản ủy quyền được chứng thực theo quy định, khi người đi khai tử được người thân của người đã mất ủy quyền.</source>
        <translation>A certified power of attorney, when a relative of the person who died has authorised you to register the death.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Văn bản ủy quyền được chứng thực theo quy định, khi người đi đăng ký không phải cha, mẹ, ông, bà hoặc người thân của cháu bé.</source>
        <translation>A certified power of attorney, when the person registering is not the child's father, mother, grandparent or another relative.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Văn bản ủy quyền được chứng thực theo quy định.</source>
        <translation>A certified power of attorney.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Với khai sinh: tên người được khai sinh. Với kết hôn: tên một trong hai vợ chồng. Với khai tử: tên người đã mất.</source>
        <translation>For a birth: the name of the person whose birth was registered. For a marriage: the name of either spouse. For a death: the name of the person who died.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Vợ hoặc chồng</source>
        <translation>Husband or wife</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Vợ hoặc chồng đã mất, chưa kết hôn lại</source>
        <translation>Widowed, not remarried</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Xin chia buồn cùng gia đình. Đã hơn 15 ngày kể từ ngày người thân mất; gia đình vẫn đăng ký khai tử được như bình thường, chỉ là việc đăng ký muộn có thể có một khoản lệ phí nhỏ theo mức tỉnh quy định. Cán bộ sẽ báo cho bạn biết.</source>
        <translation>We are sorry for your loss. It has been more than 15 days since your relative died; the family can still register the death as usual, a late registration may just cost a small fee set by the province. The officer will tell you the amount.</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Ông hoặc bà</source>
        <translation>Grandfather or grandmother</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Đang có vợ hoặc chồng</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Đã ly hôn, chưa kết hôn lại</source>
        <translation>Divorced, not remarried</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.001193.json"/>
        <source>Đăng ký khai sinh</source>
        <translation>Birth registration</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Đăng ký khai tử</source>
        <translation>Death registration</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000894.json"/>
        <source>Đăng ký kết hôn</source>
        <translation>Marriage registration</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <source>Đại diện cơ quan, tổ chức, chủ nhà nơi người đó sống</source>
        <translation>A representative of an organisation, or the landlord where the person lived</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Đến ngày</source>
        <translation>To (date)</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.004873.json"/>
        <source>Để đăng ký kết hôn</source>
        <translation>To register a marriage</translation>
    </message>
    <message>
        <location filename="../../assets/procedures/1.000656.json"/>
        <location filename="../../assets/procedures/1.000894.json"/>
        <location filename="../../assets/procedures/1.001193.json"/>
        <location filename="../../assets/procedures/1.004873.json"/>
        <location filename="../../assets/procedures/2.000635.json"/>
        <source>Ủy ban nhân dân cấp xã</source>
        <translation>Commune People's Committee (Ủy ban nhân dân cấp xã)</translation>
    </message>
</context>
</TS>
