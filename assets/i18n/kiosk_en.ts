<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>1. Mở ứng dụng ngân hàng, chọn “Quét mã QR”.</source>
        <translation>1. Open your bank app and choose “Scan QR”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>12 chữ số trên thẻ căn cước</source>
        <translation>the 12 digits on your ID card</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>2. Đưa điện thoại vào mã QR này.</source>
        <translation>2. Point the phone at this QR code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>3. Thấy đúng số tiền {amount} thì xác nhận.</source>
        <translation>3. If the amount shows {amount}, confirm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>6 chữ cái hoặc chữ số in trên giấy hẹn, ngay dưới mã hồ sơ</source>
        <translation>6 letters or digits printed on the appointment slip, just below the dossier code</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Ba số đầu của số định danh không phải mã tỉnh, thành phố nào. Vui lòng kiểm tra lại số.</source>
        <translation>The first three digits of the ID number are not the code of any province or city. Please check the number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/printing.py"/>
        <source>Biên nhận đã được lưu thành tệp PDF tại:</source>
        <translation>The receipt has been saved as a PDF file at:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Biểu trưng Dịch vụ công</source>
        <translation>Public Services logo</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Bây giờ</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Bây giờ: {what}</source>
        <translation>Now: {what}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier_flow.py"/>
        <source>Bưu điện mang kết quả đến địa chỉ nào?</source>
        <translation>Which address should the post office bring the result to?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Bưu điện mang đến nhà</source>
        <translation>Delivered to your home by post</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Bước {step}/{count}</source>
        <translation>Step {step} of {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Bạn chưa nhập mã PIN.</source>
        <translation>You have not entered the PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/form.py"/>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Bạn chưa trả lời câu hỏi này.</source>
        <translation>You have not answered this question yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py"/>
        <source>Bạn có cần thêm thời gian không?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Bạn muốn làm thủ tục gì?</source>
        <translation>What would you like to apply for?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier_flow.py"/>
        <source>Bạn muốn nhận kết quả bằng cách nào?</source>
        <translation>How would you like to receive the result?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Bạn sinh ngày nào?</source>
        <translation>What is your date of birth?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>Bạn đã nhập: {answer}</source>
        <translation>You entered: {answer}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/form.py"/>
        <source>Bản sao trích lục ({count} bản)</source>
        <translation>Copies of the extract: {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Bấm “Nộp hồ sơ” để thử lại.</source>
        <translation>Press “Submit” to try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Bấm “Sửa” để kiểm tra lại.</source>
        <translation>Press “Change” to check it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Bật</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Bắt đầu khai hồ sơ cho thủ tục này</source>
        <translation>Start filling in the application for this service</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Bằng chữ: {words}</source>
        <translation>In words: {words}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Bỏ tệp này khỏi hồ sơ</source>
        <translation>Remove this file from the application</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>Bỏ việc đang làm, xoá những gì đã nhập và trở về màn hình đầu</source>
        <translation>Stop, erase what you have entered and go back to the start screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Bỏ {file} của {paper}</source>
        <translation>Remove {file} of {paper}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Bớt một ngày</source>
        <translation>One day less</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Bớt một năm</source>
        <translation>One year less</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Bớt một tháng</source>
        <translation>One month less</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Bớt {n}</source>
        <translation>Down by {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py"/>
        <source>CHẾ ĐỘ THỬ NGHIỆM — hồ sơ không được gửi tới cơ quan thật</source>
        <translation>PRACTICE MODE — applications are not sent to a real office</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Chào {name}. Bạn đã đăng nhập và có thể nộp hồ sơ ngay bây giờ.</source>
        <translation>Hello {name}. You are logged in and can submit an application right now.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Chưa có</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Chưa gửi được đánh giá lúc này. Vui lòng thử lại sau ít phút.</source>
        <translation>The rating could not be sent just now. Please try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Chưa hỏi được ngân hàng; máy vẫn đang thử lại…</source>
        <translation>Could not ask the bank yet; still trying…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_messages.py"/>
        <source>Chưa in được biên nhận. Hồ sơ đã nộp xong, không bị ảnh hưởng. Nhờ cán bộ kiểm tra máy in, rồi bấm In lại.</source>
        <translation>The receipt could not be printed. Your dossier has been submitted and is not affected. Ask a staff member to check the printer, then press Print again.</translation>
    </message>
    <message>
        <source>Chưa in được biên nhận. Vui lòng bấm “In biên nhận” lần nữa hoặc báo cán bộ.</source>
        <translation type="vanished">The receipt could not be printed. Please press “Print receipt” again or ask a staff member.</translation>
    </message>
    <message>
        <source>Chưa in được biên nhận. Vui lòng thử lại hoặc báo cán bộ.</source>
        <translation type="vanished">The receipt could not be printed. Please try again or ask a staff member.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Chưa in được giấy chờ gửi. Vui lòng bấm lần nữa hoặc báo cán bộ.</source>
        <translation>The waiting slip could not be printed. Please press again or ask the staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/delivery/sender.py"/>
        <source>Chưa kết nối được với cổng dịch vụ công. Hồ sơ sẽ được tự động gửi lại.</source>
        <translation>Could not reach the public services portal. The application will be sent again automatically.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Chưa lưu mã PIN.</source>
        <translation>The PIN was not saved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Chưa lưu được tệp PDF. Vui lòng thử lại hoặc báo cán bộ.</source>
        <translation>The PDF file could not be saved. Please try again or tell the staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Chưa thanh toán — nộp tại quầy</source>
        <translation>Not paid yet — pay at the desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chưa thấy bản quét mới. Hãy quét giấy tờ trên máy quét, rồi bấm lại.</source>
        <translation>No new scan found yet. Please scan the paper on the scanner, then press again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Chưa tạo được mã thanh toán vì chưa kết nối được với cổng dịch vụ công.</source>
        <translation>The payment code could not be made: the public service portal cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Chạm vào một dòng để chọn, hoặc dùng phím mũi tên</source>
        <translation>Touch a line to choose it, or use the arrow keys</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py"/>
        <source>Chạm để tiếp tục làm hồ sơ</source>
        <translation>Touch to carry on with your application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Chế độ thử nghiệm: máy chưa có mã PIN riêng, dùng mã {pin}.</source>
        <translation>Practice mode: this machine has no PIN of its own yet; use {pin}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Chỉ dành cho cán bộ quản lý kiosk.</source>
        <translation>For kiosk staff only.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Chỉ lưu tệp PDF</source>
        <translation>PDF file only</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Chọn câu trả lời này</source>
        <translation>Choose this answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Chọn một máy in đã cài trên máy tính này</source>
        <translation>Choose a printer installed on this computer</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Chọn thủ tục và bắt đầu khai hồ sơ trực tuyến</source>
        <translation>Choose a service and start your online application</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Chọn thủ tục {procedure}</source>
        <translation>Choose the service {procedure}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chọn tệp</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chọn tệp cho {paper}</source>
        <translation>Choose a file for {paper}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chọn tệp giấy tờ</source>
        <translation>Choose a file of the document</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <source>Chọn tỉnh, thành phố trước; rồi chạm vào một dòng để chọn xã, phường</source>
        <translation>Choose the province or city first; then touch a line to choose the commune or ward</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chọn ảnh hoặc tệp PDF của giấy tờ này</source>
        <translation>Choose a photo or PDF file of this document</translation>
    </message>
    <message>
        <source>Chờ {n} giây</source>
        <translation type="vanished">Wait {n} seconds</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Chờ {time}</source>
        <translation>Wait {time}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chụp</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chụp ảnh</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chụp ảnh cho {paper}</source>
        <translation>Take a photo of {paper}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chụp ảnh giấy tờ</source>
        <translation>Take a photo of the document</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Chụp ảnh giấy tờ đang ở trước máy ảnh</source>
        <translation>Take a photo of the document in front of the camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Chủ tài khoản</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/toolbar.py"/>
        <source>Chữ nhỏ hơn</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/toolbar.py"/>
        <source>Chữ to hơn</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Cài đặt kiosk</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Các bước của hồ sơ</source>
        <translation>The steps of the dossier</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Các bước của hồ sơ:</source>
        <translation>The steps of your dossier so far:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>Các lựa chọn: {choices}</source>
        <translation>The choices: {choices}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Cách nhận kết quả</source>
        <translation>How you get the result</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Cán bộ kỹ thuật đặt mã PIN bằng lệnh sau, chạy trên máy này, rồi mở lại kiosk: {command}</source>
        <translation>A technician sets the PIN by running this command on this machine, then restarts the kiosk: {command}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Cán bộ đang xem xét hồ sơ</source>
        <translation>An officer is reviewing the dossier</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Câu hỏi này không lấy thông tin từ thẻ căn cước.</source>
        <translation>This question does not take information from the ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Câu {step}/{count}</source>
        <translation>Question {step} of {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Còn thiếu giấy tờ</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Còn thiếu giấy tờ bắt buộc:</source>
        <translation>Required documents still missing:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py"/>
        <source>Còn {n} giây</source>
        <translation>Seconds left: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../kiosk/delivery/sender.py"/>
        <source>Có lỗi ngoài ý muốn khi gửi hồ sơ. Hồ sơ sẽ được tự động gửi lại.</source>
        <translation>Something unexpected went wrong while sending the application. It will be sent again automatically.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Có {n} chỗ cần sửa: {what}.</source>
        <translation>{n} answers need fixing: {what}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Cùng địa chỉ với người đi đăng ký</source>
        <translation>Same address as the person registering</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Cơ quan không giải quyết được hồ sơ — mời ông/bà liên hệ Bộ phận Một cửa</source>
        <translation>The office could not process the dossier — please contact the One-Stop desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Cơ quan đã nhận hồ sơ</source>
        <translation>The office has received the dossier</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Cảm ơn ông/bà đã đánh giá.</source>
        <translation>Thank you for your rating.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Cần thêm giấy tờ này.</source>
        <translation>This document is needed.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Cổng dịch vụ công chưa có thủ tục nào kiosk này hỗ trợ.</source>
        <translation>The public services portal has no service this kiosk can handle yet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/portal/errors.py"/>
        <source>Cổng dịch vụ công không chấp nhận yêu cầu này.</source>
        <translation>The public services portal did not accept this request.</translation>
    </message>
    <message>
        <location filename="../../kiosk/delivery/sender.py"/>
        <source>Cổng dịch vụ công không nhận hồ sơ này. Vui lòng kiểm tra lại hồ sơ rồi gửi lại.</source>
        <translation>The public services portal did not accept this application. Please check it and send it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Cổng dịch vụ công sẽ gửi mã xác nhận (OTP) tới số này bằng tin nhắn.</source>
        <translation>The public services portal will send a confirmation code (OTP) to this number by text message.</translation>
    </message>
    <message>
        <location filename="../../kiosk/portal/client.py"/>
        <source>Cổng dịch vụ công trả lời không đúng định dạng. Vui lòng thử lại sau.</source>
        <translation>The public services portal sent an answer the kiosk cannot read. Please try again later.</translation>
    </message>
    <message>
        <location filename="../../kiosk/delivery/sender.py"/>
        <source>Cổng dịch vụ công đang gặp sự cố. Hồ sơ sẽ được tự động gửi lại.</source>
        <translation>The public services portal is having a problem. The application will be sent again automatically.</translation>
    </message>
    <message>
        <location filename="../../kiosk/portal/errors.py"/>
        <source>Cổng dịch vụ công đang gặp sự cố. Vui lòng thử lại sau ít phút.</source>
        <translation>The public services portal is having a problem. Please try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Cổng dịch vụ công đang tạm ngừng trả lời máy này.</source>
        <translation>The public service portal is not answering this machine for a while.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Cổng không nhận: cần sửa</source>
        <translation>Refused by the portal: needs fixing</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Cỡ chữ khi bắt đầu</source>
        <translation>Text size at the start</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Cỡ chữ mỗi lượt người dân mới bắt đầu; cỡ 1 là nhỏ nhất</source>
        <translation>The text size each new visitor starts with; size 1 is the smallest</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Cỡ {n} trên {total}</source>
        <translation>Size {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Dùng địa chỉ của người đi đăng ký và sang câu tiếp theo</source>
        <translation>Use the address of the person registering and go to the next question</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Dịch vụ công trực tuyến</source>
        <translation>Online public services</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py"/>
        <location filename="../../kiosk/ui/shell.py"/>
        <source>Dịch vụ công — Kiosk hỗ trợ nộp hồ sơ</source>
        <translation>Public services — application kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <source>Ghi số nhà và tên đường, hoặc thôn, xóm, tổ dân phố</source>
        <translation>Write the house number and street, or the village, hamlet or residential group</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier_flow.py"/>
        <source>Ghi số nhà, đường hoặc thôn, xã/phường, tỉnh/thành phố.</source>
        <translation>Write the house number, street or village, commune/ward, province/city.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Ghi theo ngày/tháng/năm, ví dụ 05/09/1956.</source>
        <translation>Write it as day/month/year, for example 05/09/1956.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Ghi đầy đủ, có dấu, đúng như trên thẻ căn cước.</source>
        <translation>Write it in full, with accents, exactly as on your ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Giảm: {setting}</source>
        <translation>Decrease: {setting}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Giấy chờ gửi đã được lưu thành tệp PDF tại:</source>
        <translation>The waiting slip was saved as a PDF file at:</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Giấy tờ kèm theo</source>
        <translation>Supporting documents</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Giới tính trong mã QR không đọc được. Vui lòng quét lại thẻ.</source>
        <translation>The sex in the QR code could not be read. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Giờ không hợp lệ. Hãy nhập giờ và phút, ví dụ 14:30 hoặc 14 giờ 30.</source>
        <translation>This time is not valid. Please enter hours and minutes, for example 14:30.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Giờ phải từ 0 đến 23 và phút từ 0 đến 59, ví dụ 14:30.</source>
        <translation>Hours must be from 0 to 23 and minutes from 0 to 59, for example 14:30.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Góp ý thêm</source>
        <translation>Further comments</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Góp ý thêm (không bắt buộc)</source>
        <translation>Further comments (optional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Gõ các chữ số của mã PIN rồi bấm Xác nhận</source>
        <translation>Type the digits of the PIN, then press Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Gõ hai mã in trên giấy hẹn: Mã hồ sơ và Mã tra cứu, hoặc đưa mã QR trên giấy vào máy quét.</source>
        <translation>Type the two codes printed on the appointment slip: the dossier code and the lookup code, or show the slip's QR code to the scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Gõ lại đúng mật khẩu vừa nhập để chắc chắn không gõ nhầm.</source>
        <translation>Type the same password again to make sure there is no typing mistake.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Gõ vài chữ để thu gọn danh sách bên dưới, không cần dấu</source>
        <translation>Type a few letters to shorten the list below; accents are not needed</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Gõ vài chữ để tìm, không cần dấu</source>
        <translation>Type a few letters to search; accents are not needed</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Gửi hồ sơ tới cơ quan giải quyết qua cổng dịch vụ công</source>
        <translation>Send the application to the office through the public services portal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Gửi lại ngay</source>
        <translation>Send again now</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Gửi mã xác nhận và đăng nhập</source>
        <translation>Send the confirmation code and log in</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier_flow.py"/>
        <source>Gửi qua bưu điện đến nhà (dịch vụ bưu chính công ích)</source>
        <translation>Sent to my home by post (public postal service)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Gửi qua dịch vụ bưu chính công ích</source>
        <translation>Sent by the public postal service</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Gửi thông tin tới cổng dịch vụ công để tạo tài khoản</source>
        <translation>Send your details to the public services portal to create the account</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Gửi đánh giá</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Gửi đánh giá của ông/bà tới cơ quan</source>
        <translation>Send your rating to the office</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Hai lần nhập không giống nhau. Chưa lưu mã PIN.</source>
        <translation>The two entries are not the same. The PIN was not saved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Hai lần nhập mật khẩu chưa giống nhau. Vui lòng nhập lại.</source>
        <translation>The two passwords are not the same. Please enter them again.</translation>
    </message>
    <message>
        <source>Hai mã này in trên giấy hẹn, ngay dưới dòng “Mã hồ sơ”.</source>
        <translation type="vanished">Both codes are printed on the appointment slip, just below the line “Dossier code”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Hoặc chọn hồ sơ đã nộp ở máy này:</source>
        <translation>Or choose a dossier filed on this machine:</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Hoặc gõ hai mã in trên giấy hẹn: Mã hồ sơ và Mã tra cứu.</source>
        <translation>Or type the two codes printed on the appointment slip: the dossier code and the lookup code.</translation>
    </message>
    <message>
        <source>Hoặc nhập hai mã in trên giấy hẹn, ngay dưới dòng “Mã hồ sơ”:</source>
        <translation type="vanished">Or type the two codes printed on the appointment slip, just below the line “Dossier code”:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Huỷ, không chụp</source>
        <translation>Cancel, no photo</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Hãy giữ tờ giấy này. Muốn biết hồ sơ đã đến đâu, ông/bà đưa mã QR hoặc Mã hồ sơ và Mã tra cứu cho cán bộ xem.</source>
        <translation type="vanished">Please keep this paper. To find out how your application is going, show the QR code, or the dossier code and lookup code, to a staff member.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Hãy giữ tờ giấy này. Muốn biết hồ sơ đã đến đâu, ông/bà đưa mã QR trên giấy vào máy quét ở mục “Tra cứu hồ sơ”, hoặc đưa giấy cho cán bộ xem.</source>
        <translation>Keep this paper. To see where your dossier is, show its QR code to the scanner under “Track a dossier”, or show the paper to the staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Hãy in và giữ giấy chờ gửi; muốn hỏi, đưa mã chờ gửi cho cán bộ.</source>
        <translation>Print and keep the waiting slip; if you have a question, show its reference to the staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Hãy nhập địa chỉ của máy in nhiệt.</source>
        <translation>Please enter the thermal printer's address.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/scan_page.py"/>
        <source>Hãy xem lại. Nếu đúng, bấm “Đúng, tiếp tục”.</source>
        <translation>Please check it. If it is right, press “Correct, continue”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Hãy đọc lại từng dòng. Nếu có gì chưa đúng, bấm “Sửa” ở dòng đó.</source>
        <translation>Please read each line again. If something is not right, press “Change” on that line.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/names.py"/>
        <source>Họ và tên bị mất dấu tiếng Việt (có dấu ?). Vui lòng quét lại hoặc nhập lại.</source>
        <translation>The name has lost its Vietnamese accents (it shows “?”). Please scan again or type it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/names.py"/>
        <source>Họ và tên chỉ gồm chữ cái, dấu cách, gạch nối (-) hoặc dấu nháy ('). Vui lòng kiểm tra lại.</source>
        <translation>A name can only have letters, spaces, hyphens (-) or apostrophes ('). Please check it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Họ và tên của bạn</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/names.py"/>
        <source>Họ và tên không được có chữ số. Vui lòng kiểm tra lại.</source>
        <translation>A name cannot contain digits. Please check it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/names.py"/>
        <source>Họ và tên quá dài (hơn {limit} chữ). Vui lòng kiểm tra lại.</source>
        <translation>The name is too long (more than {limit} characters). Please check it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/names.py"/>
        <source>Họ và tên quá ngắn. Vui lòng nhập đầy đủ họ và tên.</source>
        <translation>The name is too short. Please enter the full name.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Họ và tên trong mã QR không đọc được. Vui lòng quét lại thẻ.</source>
        <translation>The name in the QR code could not be read. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Hỏi lại cổng dịch vụ công những thủ tục có thể nộp</source>
        <translation>Ask the public services portal again which services can be applied for</translation>
    </message>
    <message>
        <location filename="../../kiosk/desk_outbox.py"/>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Hồ sơ chờ gửi</source>
        <translation>Applications waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Hồ sơ chờ gửi: {n}</source>
        <translation>Applications waiting to be sent: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Hồ sơ còn thiếu thông tin: {problem} Bấm “Sửa” ở dòng còn trống.</source>
        <translation>Some information is still missing: {problem} Press “Change” on the empty line.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Hồ sơ có lệ phí {amount} chưa thanh toán. Ông/bà nộp tại quầy khi đến nhận kết quả.</source>
        <translation>The fee of {amount} is not paid yet. Please pay it at the desk when you collect the result.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Hồ sơ có lệ phí {amount}. Ông/bà nộp tại quầy khi đến nhận kết quả.</source>
        <translation>The dossier has a fee of {amount}. Please pay it at the desk when you collect the result.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Hồ sơ có thay đổi</source>
        <translation>The dossier has been updated</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Hồ sơ cần bổ sung giấy tờ — mời ông/bà liên hệ Bộ phận Một cửa</source>
        <translation>More papers are needed — please contact the One-Stop desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Hồ sơ của ông/bà đã được nhận và đang được giải quyết.</source>
        <translation>Your application has been received and is being dealt with.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Hồ sơ này đã được đánh giá. Cảm ơn ông/bà.</source>
        <translation>This dossier has already been rated. Thank you.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Hồ sơ đang chờ gửi</source>
        <translation>Your application is waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Hồ sơ đang làm dở này là của người khác: bắt đầu hồ sơ mới.</source>
        <translation>This unfinished application belongs to someone else: start a new one.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Hồ sơ đang làm dở trên máy này:</source>
        <translation>Unfinished applications on this machine:</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Hồ sơ đã nộp xong. Mã hồ sơ: {code} — Mã tra cứu: {lookup}</source>
        <translation>The dossier is filed. Dossier code: {code} — lookup code: {lookup}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>In biên nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>In biên nhận bằng</source>
        <translation>Print receipts with</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>In giấy biên nhận có mã hồ sơ và ngày hẹn trả kết quả</source>
        <translation>Print the receipt with the dossier code and the date the result is due</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>In giấy chờ gửi</source>
        <translation>Print the waiting slip</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>In lại</source>
        <translation>Print again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>In lại biên nhận</source>
        <translation>Print a receipt again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>In lại biên nhận của hồ sơ này</source>
        <translation>Print this dossier's receipt again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>In lại giấy hẹn của hồ sơ đã nộp</source>
        <translation>Print the appointment slip of an application again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>In một tờ thử để kiểm tra máy in</source>
        <translation>Print a test page to check the printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>In thử</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>In tờ giấy có mã chờ gửi và việc tiếp theo</source>
        <translation>Print a slip with the waiting reference and what happens next</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Không bắt buộc. Viết điều ông/bà muốn cơ quan biết</source>
        <translation>Optional. Write what you would like the office to know</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Không có hồ sơ nào chờ gửi</source>
        <translation>No application is waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <source>Không có tỉnh, thành phố này trong danh mục hiện hành. Vui lòng chọn lại.</source>
        <translation>This province or city is not in the current list. Please choose again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <source>Không có xã, phường này trong danh mục hiện hành. Vui lòng chọn lại.</source>
        <translation>This commune or ward is not in the current list. Please choose again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Không in thử được. Kiểm tra máy in rồi thử lại.</source>
        <translation type="vanished">The test page could not be printed. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Không kiểm tra được mã PIN</source>
        <translation>The PIN could not be checked</translation>
    </message>
    <message>
        <location filename="../../kiosk/portal/errors.py"/>
        <source>Không kết nối được với cổng dịch vụ công. Vui lòng thử lại.</source>
        <translation>The kiosk cannot reach the public services portal. Please try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Không lưu thay đổi, quay lại menu quản trị</source>
        <translation>Do not save the changes; go back to the admin menu</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Không lưu được hồ sơ trên máy này. Vui lòng báo cán bộ; thông tin đã nhập vẫn còn.</source>
        <translation>The application could not be stored on this machine. Please tell the staff; what you entered is still here.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Không mở menu quản trị, quay lại màn hình trước</source>
        <translation>Do not open the admin menu; go back to the previous screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photos.py"/>
        <source>Không mở được tệp này. Vui lòng chọn tệp khác.</source>
        <translation>This file could not be opened. Please choose another file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Không trả bằng điện thoại; giấy biên nhận sẽ ghi “Chưa thanh toán — nộp tại quầy”</source>
        <translation>Not paying by phone; the receipt will say “Not paid — pay at the desk”</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Không tìm thấy hồ sơ với hai mã này. Ông/bà vui lòng kiểm tra lại hai mã trên giấy hẹn (hoặc đưa mã QR vào máy quét).</source>
        <translation>No dossier was found with these two codes. Please check both codes on your appointment slip (or show its QR code to the scanner).</translation>
    </message>
    <message>
        <location filename="../../kiosk/portal/client.py"/>
        <source>Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Vui lòng kiểm tra lại hai mã trên giấy hẹn.</source>
        <translation>No application was found with this dossier code and lookup code. Please check both codes on the appointment slip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_messages.py"/>
        <source>Không tìm thấy máy in. Hồ sơ đã nộp xong, không bị ảnh hưởng. Nhờ cán bộ kiểm tra máy in đã bật và đã cắm dây chưa, rồi bấm In lại.</source>
        <translation>The printer cannot be found. Your dossier has been submitted and is not affected. Ask a staff member to check that the printer is on and plugged in, then press Print again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Không xử lý được tệp. Vui lòng thử lại.</source>
        <translation>The file could not be processed. Please try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/delivery/sender.py"/>
        <source>Không đọc được hồ sơ đã lưu trên máy này (dữ liệu hỏng hoặc khóa mã hóa đã thay đổi). Vui lòng báo cán bộ kỹ thuật.</source>
        <translation>An application saved on this machine cannot be read (the data is damaged or the encryption key changed). Please call the technical staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Không đọc được kho khóa bảo mật của máy. Vui lòng báo cán bộ kỹ thuật.</source>
        <translation>The machine's secure key store could not be read. Please tell a technician.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photos.py"/>
        <source>Không đọc được ảnh này (tệp có thể bị hỏng). Vui lòng chụp hoặc quét lại.</source>
        <translation>This picture could not be read (the file may be damaged). Please take the photo or scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Khổ A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Khổ A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Khổ giấy</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Khổ giấy của biên nhận</source>
        <translation>The receipt's paper size</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Kiosk tự đọc to nội dung mỗi khi sang màn hình mới</source>
        <translation>The kiosk reads each new screen aloud by itself</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Kiểm tra lại thông tin</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Kiểm tra mã PIN vừa nhập</source>
        <translation>Check the PIN you entered</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Kết quả sẽ được bưu điện mang đến nhà vào khoảng {day}. Khi nhận, ông/bà đưa thẻ Căn cước (CCCD) cho nhân viên bưu điện xem.</source>
        <translation>The post office will bring the result to your home around {day}. When it arrives, show your ID card (CCCD) to the postal worker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Kết thúc, xoá thông tin của bạn khỏi màn hình và trở về màn hình đầu</source>
        <translation>Finish, clear your details from the screen and go back to the start</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Kết thúc, xoá thông tin của bạn khỏi máy và trở về màn hình đầu</source>
        <translation>Finish, erase your details from the machine and go back to the start screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Loại câu hỏi không được hỗ trợ: {kind}</source>
        <translation>This kind of question is not supported: {kind}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/toolbar.py"/>
        <source>Làm chữ trên màn hình nhỏ lại</source>
        <translation>Make the text on the screen smaller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/toolbar.py"/>
        <source>Làm chữ trên màn hình to lên</source>
        <translation>Make the text on the screen larger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Lưu bản PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Lưu các cài đặt này và dùng ngay</source>
        <translation>Save these settings and use them now</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Lưu ý: {notice}</source>
        <translation>Please note: {notice}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Lấy các bản vừa quét trên máy quét của quầy</source>
        <translation>Take the pages just scanned on the desk scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Lấy từ máy quét</source>
        <translation>From the scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Lấy từ máy quét cho {paper}</source>
        <translation>From the scanner for {paper}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Lần sau, bạn đăng nhập bằng số căn cước và mật khẩu vừa đặt.</source>
        <translation>Next time, log in with your ID number and the password you have just set.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Lần đầu dùng dịch vụ công</source>
        <translation>First time using public services</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/form.py"/>
        <source>Lệ phí {what}</source>
        <translation>Fee for {what}</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/form.py"/>
        <source>Lệ phí {what} (đăng ký muộn)</source>
        <translation>Fee for {what} (late registration)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Lệ phí: {amount}</source>
        <translation>Fee: {amount}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Lỗi gần nhất: {error}</source>
        <translation>Last problem: {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>Lỗi: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Lời nhắn của cơ quan: {note}</source>
        <translation>Message from the office: {note}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Miễn phí</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Màu màn hình</source>
        <translation>Screen colours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Màu thường, hoặc chữ sáng trên nền đen cho người nhìn kém</source>
        <translation>Normal colours, or light text on black for people with poor sight</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Máy chưa kết nối được với cổng dịch vụ công. Hồ sơ của bạn đã được lưu an toàn trên máy này và sẽ tự động gửi đi khi có kết nối. Bạn không cần nhập lại.</source>
        <translation>This machine cannot reach the public services portal right now. Your application is stored safely on this machine and will be sent automatically when the connection is back. You do not need to enter it again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Máy in biên nhận</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Máy in dùng để in giấy biên nhận cho người dân</source>
        <translation>The printer used for citizens' receipts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_messages.py"/>
        <source>Máy in hết giấy. Hồ sơ đã nộp xong, không bị ảnh hưởng. Nhờ cán bộ thêm giấy vào máy in, rồi bấm In lại.</source>
        <translation>The printer is out of paper. Your dossier has been submitted and is not affected. Ask a staff member to add paper, then press Print again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/printer_messages.py"/>
        <source>Máy in không trả lời. Hồ sơ đã nộp xong, không bị ảnh hưởng. Nhờ cán bộ kiểm tra máy in đã bật và đã nối mạng chưa, rồi bấm In lại.</source>
        <translation>The printer does not answer. Your dossier has been submitted and is not affected. Ask a staff member to check that the printer is on and connected, then press Print again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Máy in mạng: tcp://địa chỉ IP; cổng USB: usb://mã hãng:mã máy; cổng COM: serial://tên cổng</source>
        <translation>Network printer: tcp://IP address; USB: usb://vendor:product; COM port: serial://port name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Máy in mặc định của máy tính</source>
        <translation>The computer's default printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Máy in nhiệt 80 mm</source>
        <translation>80 mm thermal printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Máy in văn phòng</source>
        <translation>Office printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/vault.py"/>
        <source>Máy này chưa có kho khóa bảo mật dùng được, nên kiosk không lưu hồ sơ và bản nháp (thông tin cá nhân không bao giờ được lưu khi chưa mã hóa). Vui lòng báo cán bộ kỹ thuật.</source>
        <translation>No usable secure keyring on this machine, so the kiosk will not store applications or drafts (personal data is never saved unencrypted). Please call the technical staff.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Máy này chưa có mã PIN quản trị</source>
        <translation>This machine has no admin PIN yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Máy này không còn giữ mã tra cứu của hồ sơ này. Vui lòng nhập mã tra cứu trên giấy hẹn.</source>
        <translation>This machine no longer keeps this dossier's lookup code. Please type the lookup code from the appointment slip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Máy này không có kho khóa bảo mật nên không lưu được mã PIN. Vui lòng báo cán bộ kỹ thuật.</source>
        <translation>This machine has no secure key store, so the PIN cannot be saved. Please tell a technician.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Máy này không có kho khóa bảo mật để lưu mã PIN.</source>
        <translation>This machine has no secure key store to save the PIN in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Máy này đã có mã PIN quản trị; mã mới sẽ thay mã cũ.</source>
        <translation>This machine already has an admin PIN; the new one will replace it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Máy sẽ tự gửi hồ sơ; khi gửi xong, cán bộ tại quầy có mã hồ sơ và ngày hẹn cho bạn.</source>
        <translation>The machine will send the application by itself; once it is sent, the staff at the desk will have its code and your appointment date.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Máy đã tra cứu sai nhiều lần. Để giữ an toàn cho hồ sơ của mọi người, vui lòng chờ một lát rồi thử lại.</source>
        <translation>There have been many wrong lookups on this machine. To keep everyone's dossiers safe, please wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Mã OTP gồm đúng 6 chữ số.</source>
        <translation>The OTP code has exactly 6 digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py"/>
        <source>Mã OTP thử nghiệm</source>
        <translation>Practice OTP code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py"/>
        <source>Mã OTP thử nghiệm {otp}</source>
        <translation>Practice OTP code {otp}</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Mã PIN chỉ gồm các chữ số từ 0 đến 9.</source>
        <translation>The PIN can only have the digits 0 to 9.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Mã PIN gồm từ {low} đến {high} chữ số.</source>
        <translation>The PIN has {low} to {high} digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Mã PIN không đúng. Bạn còn 1 lần thử, sau đó phải chờ một lúc.</source>
        <translation>Wrong PIN. You have 1 try left, then you must wait a while.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Mã PIN không đúng. Bạn còn {n} lần thử.</source>
        <translation>Wrong PIN. You have {n} tries left.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Mã PIN quản trị mới ({low}–{high} chữ số): </source>
        <translation>New admin PIN ({low}–{high} digits): </translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Mã QR này không phải mã trên giấy biên nhận hồ sơ, hoặc đọc chưa đúng. Vui lòng quét lại.</source>
        <translation>This QR code is not the one on an application receipt, or it was not read properly. Please scan again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Mã QR này không phải mã trên thẻ căn cước, hoặc đọc chưa hết. Vui lòng quét lại thẻ.</source>
        <translation>This QR code is not the one on an ID card, or it was not read completely. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Mã QR để tra cứu hồ sơ</source>
        <translation>QR code to look up the application</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Mã QR đọc chưa đủ dấu tiếng Việt. Vui lòng quét lại thẻ.</source>
        <translation>The QR code was read without all its Vietnamese accents. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Mã VietQR để trả lệ phí bằng ứng dụng ngân hàng</source>
        <translation>VietQR code to pay the fee with a bank app</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Mã chờ gửi của bạn:</source>
        <translation>Your waiting reference:</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Mã chờ gửi: {ref}</source>
        <translation>Waiting reference: {ref}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Mã gồm 6 chữ số vừa được gửi tới điện thoại của bạn.</source>
        <translation>The 6-digit code just sent to your phone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Mã hồ sơ chưa đúng. Mã có dạng 000.00.01.H26-260930-0012.</source>
        <translation>The dossier code is not right. It looks like 000.00.01.H26-260930-0012.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Mã hồ sơ: {code}</source>
        <translation>Dossier code: {code}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Mã in trên giấy hẹn, ví dụ 000.00.01.H26-260930-0012; hoặc đưa mã QR trên giấy vào máy quét</source>
        <translation>The code printed on the appointment slip, for example 000.00.01.H26-260930-0012; or hold the slip's QR code to the scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Mã ngân hàng trong mã VietQR phải gồm đúng 6 chữ số.</source>
        <translation>The bank code in a VietQR code must have exactly 6 digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Mã thanh toán VietQR bị hỏng (sai mã kiểm tra).</source>
        <translation>The VietQR payment code is damaged (wrong check code).</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Mã thanh toán VietQR không phải chuyển khoản bằng đồng Việt Nam trong nước.</source>
        <translation>The VietQR code is not a domestic transfer in Vietnamese dong.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Mã thanh toán VietQR không đúng định dạng.</source>
        <translation>The VietQR payment code is not in the right format.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Mã thanh toán nhận được không đúng nên máy không hiển thị.</source>
        <translation>The payment code received was not right, so it is not shown.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Mã tra cứu</source>
        <translation>Lookup code</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Mã tra cứu (6 ký tự)</source>
        <translation>Lookup code (6 characters)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Mã tra cứu gồm 6 chữ cái hoặc chữ số in trên giấy hẹn.</source>
        <translation>The lookup code is the 6 letters or digits printed on the appointment slip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Mã đã gửi tới số {phone}.</source>
        <translation>The code was sent to {phone}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Mật khẩu bạn đặt khi tạo tài khoản. Chữ gõ vào được che đi.</source>
        <translation>The password you set when you created the account. What you type is hidden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Mật khẩu có ít nhất {count} ký tự. Hãy chọn điều dễ nhớ với bạn nhưng người khác khó đoán.</source>
        <translation>The password has at least {count} characters. Choose something easy for you to remember but hard for others to guess.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Mật khẩu cần ít nhất {count} ký tự.</source>
        <translation>The password needs at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Mỗi loại giấy tờ thêm được tối đa {count} tệp.</source>
        <translation>You can add at most {count} files for each document.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Một số thông tin chưa đúng dạng. Vui lòng bấm “Sửa” và kiểm tra lại.</source>
        <translation>Some information is not in the right form. Please press “Change” and check it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Mở lại hồ sơ bạn đã bắt đầu</source>
        <translation>Open again the application you started</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Mở lại hồ sơ bị từ chối để người dân sửa và nộp lại (cần đăng nhập)</source>
        <translation>Open the refused application again so the citizen can correct and resubmit it (login needed)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Mở lại hồ sơ này; người dân cần đăng nhập</source>
        <translation>Open this application again; the citizen needs to log in</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Mở máy ảnh để chụp giấy tờ này</source>
        <translation>Open the camera to take a photo of this document</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Ngày cấp thẻ trong mã QR không hợp lệ. Vui lòng quét lại thẻ.</source>
        <translation>The card's issue date in the QR code is not valid. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Ngày cấp thẻ trong mã QR ở trước ngày sinh. Vui lòng quét lại thẻ.</source>
        <translation>The card's issue date in the QR code is before the date of birth. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Ngày hẹn trả kết quả</source>
        <translation>Result due on</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/dates.py"/>
        <source>Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/09/2024.</source>
        <translation>This date is not valid. Please enter it as day/month/year, for example 05/09/2024.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Ngày kế tiếp; sau ngày cuối tháng là ngày 1</source>
        <translation>The next day; after the last day of the month comes day 1</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Ngày này chưa tới. Vui lòng kiểm tra lại ngày, tháng, năm.</source>
        <translation>This date is in the future. Please check the day, month and year.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Ngày sinh trong mã QR không hợp lệ. Vui lòng quét lại thẻ.</source>
        <translation>The date of birth in the QR code is not valid. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Ngày sinh trong mã QR ở sau ngày hôm nay. Vui lòng quét lại thẻ.</source>
        <translation>The date of birth in the QR code is after today. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Ngày tháng năm</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Ngày trong tháng, từ 1 đến 31</source>
        <translation>Day of the month, from 1 to 31</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Ngày trước đó; trước ngày 1 là ngày cuối tháng</source>
        <translation>The day before; before day 1 comes the last day of the month</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/ethnicity.py"/>
        <source>Người nước ngoài</source>
        <translation>Foreign national</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Nhận kết quả</source>
        <translation>Receiving the result</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Nhận tại Bộ phận Một cửa</source>
        <translation>Collect at the One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Nhập 12 chữ số in trên thẻ căn cước, hoặc đưa mã QR trên thẻ vào máy quét.</source>
        <translation>Enter the 12 digits printed on your ID card, or hold the card's QR code to the scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập 12 chữ số in trên thẻ căn cước.</source>
        <translation>Enter the 12 digits printed on the ID card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Nhập chữ số {digit}</source>
        <translation>Enter the digit {digit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập câu trả lời rồi bấm Tiếp tục.</source>
        <translation>Enter your answer, then press Continue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập giờ và phút, ví dụ 14:30.</source>
        <translation>Enter hours and minutes, for example 14:30.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập họ và tên đầy đủ, có dấu.</source>
        <translation>Enter the full name, with accents.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Nhập lại mã PIN để xác nhận: </source>
        <translation>Enter the PIN again to confirm: </translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Enter the password again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Enter the new password again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Nhập mã PIN quản trị</source>
        <translation>Enter the admin PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Nhập mã xác nhận (OTP)</source>
        <translation>Enter the confirmation code (OTP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập một số bằng chữ số.</source>
        <translation>Enter a number in digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập ngày, tháng, năm bằng chữ số, ví dụ 05/09/2026.</source>
        <translation>Enter the day, month and year in digits, for example 05/09/2026.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập năm bằng 4 chữ số, ví dụ 1990.</source>
        <translation>Enter the year in 4 digits, for example 1990.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Nhập sai quá nhiều lần. Thử lại sau {n} giây.</source>
        <translation>Too many wrong tries. Try again in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập số điện thoại di động 10 chữ số.</source>
        <translation>Enter a 10-digit mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>Nhập địa chỉ email, ví dụ nguyenvana@gmail.com.</source>
        <translation>Enter an email address, for example nguyenvana@gmail.com.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Năm kế tiếp</source>
        <translation>The next year</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Năm phải có 4 chữ số, ví dụ 1990.</source>
        <translation>The year must have 4 digits, for example 1990.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Năm trước đó</source>
        <translation>The year before</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Năm, bốn chữ số, ví dụ 1956</source>
        <translation>Year, four digits, for example 1956</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Nơi nhận kết quả</source>
        <translation>Where to get the result</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Nếu có</source>
        <translation>If you have it</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py"/>
        <source>Nếu không ai chạm vào màn hình, thông tin đang nhập sẽ được xoá để giữ bí mật cho bạn.</source>
        <translation>If nobody touches the screen, what you have entered will be erased to keep it private.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Nếu đúng, bấm “Tiếp tục”.</source>
        <translation>If it is right, press “Continue”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Nội dung chuyển khoản</source>
        <translation>Transfer note</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Nội dung chuyển khoản chỉ được dùng chữ cái, chữ số và dấu câu thông thường.</source>
        <translation>The transfer note may only use letters, digits and ordinary punctuation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Nội dung quá dài: tối đa {limit} ký tự.</source>
        <translation>This is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Nộp hồ sơ</source>
        <translation>Submit an application</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Nộp hồ sơ  ›</source>
        <translation>Submit  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Nộp hồ sơ ngay</source>
        <translation>Submit an application now</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Nộp hồ sơ ngay  ›</source>
        <translation>Submit an application now  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Nộp hồ sơ trực tuyến</source>
        <translation>Online application</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>PDF {number} — {size}</source>
        <translation>PDF {number} — {size}</translation>
    </message>
    <message>
        <location filename="../../kiosk/delivery/sender.py"/>
        <source>Phiên đăng nhập của người dân đã hết hạn; cần đăng nhập lại để gửi.</source>
        <translation>The citizen's login has expired; they need to log in again to send it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/portal/errors.py"/>
        <source>Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.</source>
        <translation>Your login has expired. Please log in again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Quay lại câu hỏi này để sửa câu trả lời</source>
        <translation>Go back to this question to change the answer</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/scan_page.py"/>
        <source>Quay lại câu hỏi để quét thẻ lần nữa</source>
        <translation>Go back to the question to scan the card again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Quay lại màn hình trước</source>
        <translation>Go back to the previous screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/scan_page.py"/>
        <source>Quét lại thẻ</source>
        <translation>Scan the card again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/scan_page.py"/>
        <source>Quét lại thẻ CCCD</source>
        <translation>Scan the ID card again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Quét mã QR bằng máy ảnh</source>
        <translation>Scan the QR code with the camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Quét mã này để xem hồ sơ đã đến đâu</source>
        <translation>Scan this code to see how the application is going</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Quét thẻ CCCD</source>
        <translation>Scan ID card</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Quét thẻ CCCD bằng máy ảnh</source>
        <translation>Scan the ID card with the camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Quản lý kiosk</source>
        <translation>Kiosk administration</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Quốc tịch chỉ gồm chữ cái, ví dụ Việt Nam.</source>
        <translation>A nationality has letters only, for example Việt Nam.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>Sang bước tiếp theo</source>
        <translation>Go to the next step</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Sau bấy nhiêu giây không ai chạm vào màn hình, kiosk hỏi người dân có cần thêm thời gian</source>
        <translation>After this many seconds with nobody touching the screen, the kiosk asks whether more time is needed</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Số chứng minh nhân dân cũ trong mã QR không hợp lệ. Vui lòng quét lại thẻ.</source>
        <translation>The old identity card number in the QR code is not valid. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Số căn cước</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Số căn cước (12 chữ số)</source>
        <translation>ID number (12 digits)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Số căn cước của bạn là gì?</source>
        <translation>What is your ID number?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Số căn cước phải có đúng 12 chữ số.</source>
        <translation>The ID number must have exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Số gồm 12 chữ số, in ở mặt trước thẻ căn cước (CCCD).</source>
        <translation>The 12-digit number printed on the front of your ID card (CCCD).</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Số nhà, đường phố quá dài: tối đa {limit} ký tự.</source>
        <translation>The house number and street are too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <source>Số nhà, đường, thôn hoặc tổ dân phố</source>
        <translation>House number, street, village or residential group</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <source>Số nhà, đường, thôn, tổ dân phố</source>
        <translation>House number, street, village, residential group</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/phone.py"/>
        <source>Số này không phải số điện thoại di động. Cần số di động để nhận mã xác nhận bằng tin nhắn (SMS).</source>
        <translation>This is not a mobile phone number. A mobile number is needed to receive the confirmation code by text message (SMS).</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Số này không được lớn hơn {high}.</source>
        <translation>This number cannot be more than {high}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Số này phải từ {low} trở lên.</source>
        <translation>This number must be {low} or more.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Số này quá lớn.</source>
        <translation>This number is too large.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Số thứ năm và thứ sáu của số định danh không khớp với năm sinh. Vui lòng kiểm tra lại.</source>
        <translation>The fifth and sixth digits of the ID number do not match the year of birth. Please check.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Số thứ tư của số định danh không khớp với giới tính. Vui lòng kiểm tra lại số và giới tính.</source>
        <translation>The fourth digit of the ID number does not match the sex. Please check the number and the sex.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Số thứ tư của số định danh không khớp với năm sinh. Vui lòng kiểm tra lại số và năm sinh.</source>
        <translation>The fourth digit of the ID number does not match the year of birth. Please check the number and the year of birth.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Số tiền cần chuyển không hợp lệ.</source>
        <translation>The amount to transfer is not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Số tài khoản</source>
        <translation>Account number</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Số tài khoản nhận tiền không hợp lệ.</source>
        <translation>The receiving account number is not valid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Số {digit}</source>
        <translation>Digit {digit}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account_flow.py"/>
        <source>Số điện thoại di động của bạn</source>
        <translation>Your mobile phone number</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/phone.py"/>
        <source>Số điện thoại không đúng. Hãy nhập số di động gồm 10 chữ số, ví dụ 0912 345 678.</source>
        <translation>This phone number is not right. Please enter a 10-digit mobile number, for example 0912 345 678.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Số định danh cá nhân phải gồm đúng 12 chữ số. Vui lòng kiểm tra lại.</source>
        <translation>The personal ID number must have exactly 12 digits. Please check it.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/cccd.py"/>
        <source>Số định danh trong mã QR không đúng 12 chữ số. Vui lòng quét lại thẻ.</source>
        <translation>The ID number in the QR code does not have 12 digits. Please scan the card again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Sửa</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Sửa hồ sơ {ref}</source>
        <translation>Correct application {ref}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Sửa: {what}</source>
        <translation>Change: {what}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Thanh toán</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Theo mức tỉnh quy định (cán bộ sẽ báo)</source>
        <translation>As set by the province (staff will tell you)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Thoát ứng dụng</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Tháng kế tiếp; sau tháng 12 là tháng 1</source>
        <translation>The next month; after month 12 comes month 1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Tháng trước đó; trước tháng 1 là tháng 12</source>
        <translation>The month before; before month 1 comes month 12</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Tháng, từ 1 đến 12</source>
        <translation>Month, from 1 to 12</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Thêm một ngày</source>
        <translation>One day more</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Thêm một năm</source>
        <translation>One year more</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/date_input.py"/>
        <source>Thêm một tháng</source>
        <translation>One month more</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Thêm {n}</source>
        <translation>Up by {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Thêm ảnh chụp hoặc bản quét của từng giấy tờ (PDF, JPEG, PNG). Ảnh lớn được tự thu nhỏ.</source>
        <translation>Add a photo or scan of each document (PDF, JPEG, PNG). Large photos are made smaller automatically.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/vietqr.py"/>
        <source>Thông tin trong mã VietQR quá dài.</source>
        <translation>The information in the VietQR code is too long.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Thông tin từ thẻ đúng: sang câu hỏi tiếp theo</source>
        <translation>The details from the card are right: go to the next question</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Thời gian chờ trước khi hỏi</source>
        <translation>Waiting time before asking</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Thời gian chờ, màu màn hình, cỡ chữ, đọc to</source>
        <translation>Waiting time, screen colours, text size, reading aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thời gian tiếp nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thủ tục</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Thử gửi ngay các hồ sơ đang chờ</source>
        <translation>Try to send the waiting applications now</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Thử lại tải danh sách thủ tục</source>
        <translation>Try loading the list of services again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/shell.py"/>
        <source>Tin nhắn thử: mã OTP {otp}</source>
        <translation>Practice text message: OTP code {otp}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>Tiếp tục  ›</source>
        <translation>Continue  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Tiếp tục hồ sơ đang làm dở</source>
        <translation>Continue the unfinished application</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Tiếp tục hồ sơ đang làm dở: {name} (lúc {when})</source>
        <translation>Continue the unfinished application: {name} (at {when})</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Tra cứu</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Tra cứu hồ sơ</source>
        <translation>Track a dossier</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Tra cứu hồ sơ khác</source>
        <translation>Look up another dossier</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Tra cứu một hồ sơ khác bằng giấy hẹn của hồ sơ đó</source>
        <translation>Look up another dossier with its own appointment slip</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Tài khoản đã được tạo</source>
        <translation>Your account has been created</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Tìm hồ sơ theo hai mã và in lại biên nhận</source>
        <translation>Find the application by the two codes and print its receipt again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Tìm hồ sơ theo hai mã và lưu biên nhận thành tệp PDF trên máy này</source>
        <translation>Find the dossier by its two codes and save the receipt as a PDF file on this machine</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Tìm hồ sơ theo hai mã và xem hồ sơ đã đến đâu</source>
        <translation>Find the dossier by its two codes and see how far it has got</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <location filename="../../kiosk/wizards/question_page.py"/>
        <source>Tìm trong danh sách: {question}</source>
        <translation>Search the list: {question}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Tình trạng: {paper}</source>
        <translation>Status: {paper}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py"/>
        <source>Tôi cần thêm thời gian</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Tôi hài lòng với việc giải quyết hồ sơ</source>
        <translation>I am satisfied with how my dossier was handled</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Tôi không hài lòng</source>
        <translation>I am not satisfied</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Tôi sẽ nộp tại quầy  ›</source>
        <translation>I will pay at the desk  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Tôi thấy bình thường</source>
        <translation>It was all right</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Tăng: {setting}</source>
        <translation>Increase: {setting}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <location filename="../../kiosk/ui/toolbar.py"/>
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Tạo lại mã QR để trả bằng ứng dụng ngân hàng</source>
        <translation>Make the QR code for the bank app again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Tạo tài khoản</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Tạo tài khoản  ›</source>
        <translation>Create account  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Tạo tài khoản dịch vụ công</source>
        <translation>Create a public services account</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Tắt</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/documents.py"/>
        <source>Tệp này không phải ảnh (JPEG, PNG) hay PDF. Vui lòng chọn tệp khác.</source>
        <translation>This file is not a photo (JPEG, PNG) or a PDF. Please choose another file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/documents.py"/>
        <source>Tệp này trống.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/documents.py"/>
        <source>Tệp quá lớn (tối đa {megabytes} MB). Hãy chụp hoặc quét lại với độ phân giải thấp hơn.</source>
        <translation>The file is too large (at most {megabytes} MB). Please take the photo or scan again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/photos.py"/>
        <source>Tệp quá lớn để mở. Hãy chụp hoặc quét lại với độ phân giải thấp hơn.</source>
        <translation>The file is too large to open. Please take the photo or scan again at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Tệp thứ {position}: {problem}</source>
        <translation>File {position}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/form.py"/>
        <source>Tờ khai không có mục này.</source>
        <translation>The form has no such item.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Tờ khai không hỏi thông tin nào có trên thẻ này.</source>
        <translation>The form does not ask for anything that is on this card.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Tự đọc to mỗi màn hình</source>
        <translation>Read every screen aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Việc tiếp theo:</source>
        <translation>What happens next:</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Vui lòng chạm vào một trong ba khuôn mặt để chọn, rồi bấm “Gửi đánh giá”.</source>
        <translation>Please touch one of the three faces, then press “Send rating”.</translation>
    </message>
    <message>
        <source>Vui lòng chạm vào một trong ba mặt cười để chọn, rồi bấm “Gửi đánh giá”.</source>
        <translation type="vanished">Please touch one of the three faces to choose, then press “Send rating”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Vui lòng chọn Có hoặc Không.</source>
        <translation>Please choose Yes or No.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Vui lòng chọn một trong các lựa chọn trên màn hình.</source>
        <translation>Please choose one of the answers on the screen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <source>Vui lòng chọn tỉnh, thành phố và xã, phường trong danh sách, rồi nhập số nhà, đường phố.</source>
        <translation>Please choose the province or city and the commune or ward from the lists, then enter the house number and street.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <source>Vui lòng chọn tỉnh, thành phố.</source>
        <translation>Please choose the province or city.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <source>Vui lòng chọn xã, phường.</source>
        <translation>Please choose the commune or ward.</translation>
    </message>
    <message>
        <source>Vui lòng chờ {n} giây rồi thử lại.</source>
        <translation type="vanished">Please wait {n} seconds, then try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Vui lòng chờ {time} rồi thử lại.</source>
        <translation>Please wait {time}, then try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Vui lòng nhập hai mã in trên giấy hẹn, hoặc đưa mã QR trên giấy vào máy quét.</source>
        <translation>Please type the two codes printed on the appointment slip, or show the slip's QR code to the scanner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/names.py"/>
        <source>Vui lòng nhập họ và tên.</source>
        <translation>Please enter the full name.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Vui lòng nhập mật khẩu.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Vui lòng nhập năm bằng chữ số, ví dụ 1990.</source>
        <translation>Please enter the year in digits, for example 1990.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Vui lòng nhập năm bằng chữ số.</source>
        <translation>Please enter the year in digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Vui lòng nhập số bằng chữ số.</source>
        <translation>Please enter the number in digits.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <source>Vui lòng nhập số nhà, tên đường hoặc thôn, xóm, tổ dân phố.</source>
        <translation>Please enter the house number and street, or the village, hamlet or residential group.</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/phone.py"/>
        <source>Vui lòng nhập số điện thoại di động.</source>
        <translation>Please enter a mobile phone number.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Vui lòng đăng nhập lại; thông tin đã nhập vẫn được giữ.</source>
        <translation>Please log in again; what you have entered is kept.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Ví dụ: tcp://192.168.1.50</source>
        <translation>For example: tcp://192.168.1.50</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Ví dụ: đăng ký khai sinh cho cháu bé</source>
        <translation>For example: registering a baby's birth</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>Về câu trước; câu trả lời vẫn được giữ</source>
        <translation>Go to the previous question; your answers are kept</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>Về trang chủ</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Xem hồ sơ chưa gửi được và gửi lại ngay</source>
        <translation>See the applications not sent yet and send them again now</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Xem hồ sơ đã nộp đang đến đâu</source>
        <translation>See how far a submitted dossier has got</translation>
    </message>
    <message>
        <location filename="../../kiosk/desk_outbox.py"/>
        <source>Xem và gửi lại</source>
        <translation>See them and send again</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Xin chào! Bạn cần làm gì hôm nay? Chạm vào một nút bên dưới.</source>
        <translation>Hello! What do you need to do today? Touch one of the buttons below.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <location filename="../../kiosk/wizards/waiting_page.py"/>
        <source>Xong, về trang chủ</source>
        <translation>Done, back to the start</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Xoá chữ số cuối cùng của mã PIN</source>
        <translation>Delete the last digit of the PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Xoá số vừa nhập</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Xác nhận  ›</source>
        <translation>Confirm  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward or special zone</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>bên nam</source>
        <translation>the groom</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>bên nữ</source>
        <translation>the bride</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py"/>
        <source>chưa chọn máy in</source>
        <translation>no printer chosen yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>chưa có</source>
        <translation>not given yet</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>của bạn</source>
        <translation>yours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py"/>
        <source>giây</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>giờ:phút, ví dụ 14:30</source>
        <translation>hours:minutes, for example 14:30</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>khoảng {n} phút</source>
        <translation>about {n} minutes</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>một số, ví dụ 1</source>
        <translation>a number, for example 1</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>ngày/tháng/năm, ví dụ 05/09/2026</source>
        <translation>day/month/year, for example 05/09/2026</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>người cha</source>
        <translation>the father</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>người mẹ</source>
        <translation>the mother</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>người đi đăng ký</source>
        <translation>the person registering</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>người đã mất</source>
        <translation>the deceased</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>người được cấp giấy</source>
        <translation>the person the paper is for</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>ví dụ 000.00.01.H26-260930-0012</source>
        <translation>for example 000.00.01.H26-260930-0012</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>ví dụ 0912 345 678</source>
        <translation>for example 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>ví dụ 1990</source>
        <translation>for example 1990</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/texts.py"/>
        <source>ví dụ nguyenvana@gmail.com</source>
        <translation>for example nguyenvana@gmail.com</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>{amount} đồng</source>
        <translation>{amount} VND</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/addresses.py"/>
        <source>{commune} không thuộc {province}. Vui lòng chọn lại xã, phường.</source>
        <translation>{commune} is not in {province}. Please choose the commune or ward again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>{count} bản</source>
        <translation>Copies: {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>{count} tệp</source>
        <translation>{count} file(s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>{hour} giờ {minute} phút</source>
        <translation>{hour}:{minute}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>{hour} giờ {minute} phút, ngày {date}</source>
        <translation>{hour}:{minute} on {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/scan_page.py"/>
        <source>{label}: {problem} Bạn sẽ chọn hoặc nhập lại ở câu hỏi sau.</source>
        <translation>{label}: {problem} You will choose or enter it in a later question.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>{name} (không thấy máy này)</source>
        <translation>{name} (not found)</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py"/>
        <source>{name} — bắt đầu lúc {when}</source>
        <translation>{name} — started at {when}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>{n} giây</source>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>{option} (đã chọn)</source>
        <translation>{option} (chosen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>{procedure} (mã {code})</source>
        <translation>{procedure} (code {code})</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>{procedure} — mẫu đơn vừa thay đổi, kiosk cần cập nhật</source>
        <translation>{procedure} — the form has just changed; the kiosk needs an update</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>{question}: cùng địa chỉ với người đi đăng ký</source>
        <translation>{question}: same address as the person registering</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/address_input.py"/>
        <source>{question}: số nhà, đường, thôn, tổ</source>
        <translation>{question}: house number, street, village, group</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>{ref} · thủ tục {procedure} · nộp lúc {when} · {state} · đã thử {n} lần</source>
        <translation>{ref} · procedure {procedure} · handed in at {when} · {state} · tried {n} times</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>{ref} → mã hồ sơ {code}, mã tra cứu {lookup}</source>
        <translation>{ref} → application code {code}, lookup code {lookup}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>{setting}: {option}</source>
        <translation>{setting}: {option}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>{setting}: {value}</source>
        <translation>{setting}: {value}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>{weekday}, ngày {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>{weekday}, ngày {date}, lúc {hour} giờ</source>
        <translation>{weekday} {date}, at {hour} o'clock</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>{weekday}, ngày {date}, lúc {hour} giờ {minute} phút</source>
        <translation>{weekday} {date}, at {minute} minutes past {hour}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Ông/bà có hài lòng không?</source>
        <translation>Are you satisfied?</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Ông/bà có thể bấm “Thử lại”, hoặc nộp tại quầy.</source>
        <translation>You can press “Try again”, or pay at the desk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Ông/bà có thể trả ngay bằng ứng dụng ngân hàng trên điện thoại (quét mã QR bên cạnh), hoặc nộp tiền mặt tại quầy khi đến nhận kết quả.</source>
        <translation>You can pay now with the bank app on your phone (scan the QR code beside this), or pay in cash at the desk when you collect the result.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Đang chờ gửi lại</source>
        <translation>Waiting to be sent again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Đang chờ ngân hàng báo đã nhận tiền…</source>
        <translation>Waiting for the bank to confirm the money arrived…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Đang gửi (hoặc chưa rõ đã tới chưa)</source>
        <translation>Sending (or not yet known whether it arrived)</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <location filename="../../kiosk/wizards/frame.py"/>
        <location filename="../../kiosk/wizards/rating.py"/>
        <source>Đang gửi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Đang in biên nhận…</source>
        <translation>Printing the receipt…</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py"/>
        <source>Đang in thử trên: {printer}</source>
        <translation>Test printing on: {printer}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Đang in thử…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/reprint.py"/>
        <source>Đang lưu tệp PDF…</source>
        <translation>Saving the PDF file…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Đang tìm hồ sơ…</source>
        <translation>Looking for the application…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Đang tạo mã thanh toán…</source>
        <translation>Making the payment code…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Đang tải danh sách thủ tục…</source>
        <translation>Loading the list of services…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <source>Đang xác nhận…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Đang xử lý…</source>
        <translation>Working on it…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Đang đăng nhập…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Điền thông tin của người này từ mã QR trên thẻ căn cước</source>
        <translation>Fill in this person's details from the QR code on the ID card</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>Đã chọn: {choice}</source>
        <translation>Chosen: {choice}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Đã có kết quả — bưu điện sẽ mang đến cho ông/bà</source>
        <translation>The result is ready — the post office will bring it to you</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Đã có kết quả — mời ông/bà đến Bộ phận Một cửa để nhận</source>
        <translation>The result is ready — please collect it at the One-Stop desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/portal/errors.py"/>
        <source>Đã có lỗi khi làm việc với cổng dịch vụ công. Vui lòng thử lại.</source>
        <translation>Something went wrong with the public services portal. Please try again.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/portal_results.py"/>
        <source>Đã có lỗi không mong muốn. Vui lòng thử lại hoặc nhờ cán bộ hỗ trợ.</source>
        <translation>Something unexpected went wrong. Please try again or ask a staff member for help.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Đã gửi trong 7 ngày qua:</source>
        <translation>Sent in the last 7 days:</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Đã huỷ. Chưa lưu mã PIN.</source>
        <translation>Cancelled. The PIN was not saved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/app.py"/>
        <source>Đã in thử.</source>
        <translation>Test page printed.</translation>
    </message>
    <message>
        <source>Đã in thử: {path}</source>
        <translation type="vanished">Test page printed: {path}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/printing.py"/>
        <source>Đã in xong. Mời ông/bà lấy giấy biên nhận ở máy in.</source>
        <translation>Printed. Please take your receipt from the printer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/admin_pin.py"/>
        <source>Đã lưu mã PIN quản trị. Giữ biểu trưng ở góc màn hình 5 giây để mở menu quản trị.</source>
        <translation>The admin PIN is saved. Hold the logo in the corner of the screen for 5 seconds to open the admin menu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Đã nhập {n} chữ số</source>
        <translation>Digits entered: {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Đã nộp hồ sơ thành công</source>
        <translation>Your application has been submitted</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Đã nộp lệ phí</source>
        <translation>The fee has been paid</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/review_page.py"/>
        <source>Đã thanh toán</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Đã thanh toán xong; sang giấy biên nhận</source>
        <translation>Paid; go on to the receipt</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/payment_page.py"/>
        <source>Đã thanh toán {amount}. Cảm ơn ông/bà.</source>
        <translation>{amount} paid. Thank you.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Đã thêm {count} tệp, {size}</source>
        <translation>{count} file(s) added, {size}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/timeline.py"/>
        <source>Đã trả kết quả</source>
        <translation>The result has been handed over</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/scan_page.py"/>
        <source>Đã điền thông tin {whom} từ thẻ CCCD</source>
        <translation>Details filled in from the ID card ({whom})</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <location filename="../../kiosk/ui/pin_pad.py"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>Đóng danh sách hồ sơ chờ gửi</source>
        <translation>Close the list of waiting applications</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Đóng kiosk, trở về màn hình của máy tính</source>
        <translation>Close the kiosk and return to the computer's desktop</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin.py"/>
        <source>Đóng menu, quay lại màn hình cho người dân</source>
        <translation>Close the menu and go back to the citizens' screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Đóng máy ảnh, không thêm ảnh nào</source>
        <translation>Close the camera without adding a photo</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/confirmation_page.py"/>
        <source>Đúng {day}, ông/bà mang thẻ Căn cước (CCCD) và tờ giấy này đến Bộ phận Một cửa để nhận kết quả.</source>
        <translation>On {day}, bring your ID card (CCCD) and this paper to the One-Stop Desk to collect the result.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/account.py"/>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Đúng, tiếp tục  ›</source>
        <translation>Correct, continue  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Đăng nhập  ›</source>
        <translation>Log in  ›</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Đăng nhập bằng số căn cước và mật khẩu</source>
        <translation>Log in with your ID number and password</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Đăng nhập tài khoản dịch vụ công</source>
        <translation>Log in to your public services account</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Đưa mã QR trên giấy biên nhận trước máy ảnh để điền hai mã</source>
        <translation>Hold the QR code on the receipt in front of the camera to fill in both codes</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/slip_lookup.py"/>
        <source>Đưa mã QR trên giấy biên nhận trước máy ảnh…</source>
        <translation>Hold the QR code on the receipt in front of the camera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/tracking.py"/>
        <source>Đưa mã QR trên giấy biên nhận vào máy quét</source>
        <translation>Show the QR code on your receipt to the scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier.py"/>
        <source>Đưa mặt sau thẻ CCCD (có mã QR) trước máy ảnh…</source>
        <translation>Hold the back of the ID card (with the QR code) in front of the camera…</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Đặt giấy tờ phẳng, đủ sáng, chiếm gần hết khung hình.</source>
        <translation>Lay the document flat, in good light, filling most of the picture.</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/credentials_page.py"/>
        <source>Đặt mật khẩu cho tài khoản</source>
        <translation>Set a password for the account</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/dossier_flow.py"/>
        <source>Đến nhận tại Bộ phận Một cửa</source>
        <translation>Collect it at the One-Stop Desk</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/fieldtypes.py"/>
        <source>Địa chỉ email không đúng dạng. Ví dụ: nguyenvana@gmail.com.</source>
        <translation>This email address is not in the right form. For example: nguyenvana@gmail.com.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Địa chỉ máy in chưa đúng. Ví dụ: tcp://192.168.1.50 (máy in mạng), usb://04b8:0202 (cổng USB) hoặc serial:///dev/ttyUSB0 (cổng COM).</source>
        <translation>This printer address is not right. For example: tcp://192.168.1.50 (network printer), usb://04b8:0202 (USB) or serial:///dev/ttyUSB0 (COM port).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/admin_settings.py"/>
        <source>Địa chỉ máy in nhiệt</source>
        <translation>Thermal printer address</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>Đọc to</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>Đọc to câu hỏi, lời hướng dẫn và lỗi trên màn hình</source>
        <translation>Read the question, the help and any error on the screen aloud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/toolbar.py"/>
        <source>Đổi màu tương phản</source>
        <translation>Change the contrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/home.py"/>
        <source>Đổi ngôn ngữ của màn hình</source>
        <translation>Change the language of the screen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/toolbar.py"/>
        <source>Đổi sang chữ sáng trên nền đen, hoặc trở lại như cũ</source>
        <translation>Switch to light text on black, or back again</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Ảnh hoặc PDF</source>
        <translation>Photos or PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/attachments_page.py"/>
        <source>Ảnh {number} — {size}</source>
        <translation>Photo {number} — {size}</translation>
    </message>
    <message>
        <location filename="../../kiosk/wizards/frame.py"/>
        <source>‹  Quay lại</source>
        <translation>‹  Back</translation>
    </message>
    <message>
        <source>◐  Tương phản</source>
        <translation type="vanished">◐  Contrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/outbox_panel.py"/>
        <source>📤 {n} hồ sơ chờ gửi</source>
        <translation>📤 {n} waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/speech.py"/>
        <source>🔊  Đọc to</source>
        <translation>🔊  Read aloud</translation>
    </message>
</context>
</TS>
