<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <source>The database is busy: another program (a registry import, perhaps) is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác (có thể đang nhập danh sách) đang ghi vào. Chưa có gì thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Everything saved before is safe. Details were written to {log}.</source>
        <translation>Đã xảy ra lỗi, thao tác vừa rồi có thể chưa hoàn tất. Mọi dữ liệu đã lưu trước đó vẫn an toàn. Chi tiết được ghi vào {log}.</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Scan the CCCD card, or type a CCCD/CMND, phone, date of birth or name</source>
        <translation>Quét thẻ CCCD, hoặc gõ số CCCD/CMND, số điện thoại, ngày sinh hay họ tên</translation>
    </message>
    <message>
        <source>New donor…</source>
        <translation>Người hiến mới…</translation>
    </message>
    <message>
        <source>Donors found: {count}</source>
        <translation>Tìm thấy: {count} người hiến</translation>
    </message>
    <message>
        <source>The first {count} donors found; type more to narrow the search</source>
        <translation>{count} người hiến đầu tiên tìm thấy; gõ thêm để thu hẹp kết quả</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No drives yet.</source>
        <translation>Chưa có đợt hiến máu nào.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file.</source>
        <translation>{path} đã tồn tại; hãy chọn tệp khác.</translation>
    </message>
    <message>
        <source>Demo database written: {path}</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu: {path}</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Không tìm thấy tệp: {path}</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>This device</source>
        <translation>Thiết bị này</translation>
    </message>
    <message>
        <source>code of the collecting site</source>
        <translation>mã cơ sở lấy máu</translation>
    </message>
    <message>
        <source>e.g. Check-in desk 1</source>
        <translation>ví dụ: Bàn tiếp đón 1</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Mã thiết bị</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Mã cơ sở</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>DonorCard</name>
    <message>
        <source>Check in (Enter)</source>
        <translation>Tiếp nhận (Enter)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>CCCD / CMND</source>
        <translation>CCCD / CMND</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Nhóm máu</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Số lần hiến</translation>
    </message>
    <message>
        <source>Last donation</source>
        <translation>Lần hiến gần nhất</translation>
    </message>
    <message>
        <source>May donate from</source>
        <translation>Được hiến từ ngày</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>Tạm hoãn</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Scan a CCCD card or search for a donor</source>
        <translation>Quét thẻ CCCD hoặc tìm người hiến</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ngay bây giờ</translation>
    </message>
    <message>
        <source>Queue number {number}</source>
        <translation>Số thứ tự {number}</translation>
    </message>
    <message>
        <source>Already checked in: number {number} at {time}</source>
        <translation>Đã tiếp nhận: số {number} lúc {time}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa hiến lần nào</translation>
    </message>
    <message>
        <source>permanent: {reason}</source>
        <translation>vĩnh viễn: {reason}</translation>
    </message>
    <message>
        <source>until {date}: {reason}</source>
        <translation>đến {date}: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>rare blood group</source>
        <translation>nhóm máu hiếm</translation>
    </message>
    <message>
        <source>reserve donor club</source>
        <translation>câu lạc bộ hiến máu dự bị</translation>
    </message>
</context>
<context>
    <name>DonorTable</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD / CMND</source>
        <translation>CCCD / CMND</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Nhóm máu</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Số lần hiến</translation>
    </message>
</context>
<context>
    <name>DriveDialog</name>
    <message>
        <source>New drive</source>
        <translation>Đợt hiến máu mới</translation>
    </message>
    <message>
        <source>Name of the campaign</source>
        <translation>Tên chương trình</translation>
    </message>
    <message>
        <source>Drive code</source>
        <translation>Mã đợt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Số nhà, đường</translation>
    </message>
    <message>
        <source>Organizing unit</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Target (units)</source>
        <translation>Chỉ tiêu (đơn vị máu)</translation>
    </message>
    <message>
        <source>Create the drive</source>
        <translation>Tạo đợt hiến máu</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Choose a drive</source>
        <translation>Chọn đợt hiến máu</translation>
    </message>
    <message>
        <source>Which drive are you working on?</source>
        <translation>Bạn đang làm việc tại đợt hiến máu nào?</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>New drive…</source>
        <translation>Đợt mới…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{age} years</source>
        <translation>{age} tuổi</translation>
    </message>
    <message>
        <source>CMND {number}</source>
        <translation>CMND {number}</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HMTN Desk — {code} — {place}</source>
        <translation>HMTN Desk — {code} — {place}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tiếp đón</translation>
    </message>
    <message>
        <source>&amp;Drive</source>
        <translation>&amp;Đợt hiến máu</translation>
    </message>
    <message>
        <source>&amp;New drive…</source>
        <translation>&amp;Tạo đợt mới…</translation>
    </message>
    <message>
        <source>&amp;Open another drive…</source>
        <translation>&amp;Mở đợt khác…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Danh sách người hiến</translation>
    </message>
    <message>
        <source>&amp;Import the registry from the center…</source>
        <translation>&amp;Nhập danh sách từ trung tâm…</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Nhân viên</translation>
    </message>
    <message>
        <source>&amp;Add a staff member…</source>
        <translation>&amp;Thêm nhân viên…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>C&amp;ài đặt</translation>
    </message>
    <message>
        <source>This &amp;device…</source>
        <translation>&amp;Thiết bị này…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Người thao tác</translation>
    </message>
    <message>
        <source>Operator: </source>
        <translation>Người thao tác: </translation>
    </message>
    <message>
        <source>Drive {code} on {date} · {place} · {count} donors in the registry</source>
        <translation>Đợt {code} ngày {date} · {place} · {count} người trong danh sách</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A CCCD number has exactly 12 digits.</source>
        <translation>Số CCCD phải có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The CCCD starts with {code}, which is not a province code.</source>
        <translation>Số CCCD bắt đầu bằng {code}, không phải mã tỉnh hợp lệ.</translation>
    </message>
    <message>
        <source>The 4th digit of the CCCD ({digit}) does not match the sex and birth century (it should be {expected}).</source>
        <translation>Chữ số thứ 4 của CCCD ({digit}) không khớp với giới tính và thế kỷ sinh (phải là {expected}).</translation>
    </message>
    <message>
        <source>Digits 5-6 of the CCCD ({digits}) do not match the year of birth {year}.</source>
        <translation>Chữ số thứ 5-6 của CCCD ({digits}) không khớp với năm sinh {year}.</translation>
    </message>
    <message>
        <source>An old CMND number has 9 or 12 digits.</source>
        <translation>Số CMND cũ phải có 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <source>Not a Vietnamese mobile number (10 digits, e.g. 0912 345 678).</source>
        <translation>Không phải số di động Việt Nam (10 chữ số, ví dụ 0912 345 678).</translation>
    </message>
    <message>
        <source>Enter the CCCD or the old CMND number.</source>
        <translation>Nhập số CCCD hoặc số CMND cũ.</translation>
    </message>
    <message>
        <source>This number is already registered, to {name}.</source>
        <translation>Số này đã được đăng ký cho {name}.</translation>
    </message>
    <message>
        <source>This is not the QR code of a CCCD card.</source>
        <translation>Đây không phải mã QR của thẻ CCCD.</translation>
    </message>
    <message>
        <source>The card QR has {count} fields instead of 6 or 7; scan it again.</source>
        <translation>Mã QR của thẻ có {count} trường thay vì 6 hoặc 7; hãy quét lại.</translation>
    </message>
    <message>
        <source>The card QR holds an invalid date of birth ({value}); scan it again.</source>
        <translation>Mã QR của thẻ có ngày sinh không hợp lệ ({value}); hãy quét lại.</translation>
    </message>
    <message>
        <source>The card QR holds an unknown sex ({value}); scan it again.</source>
        <translation>Mã QR của thẻ có giới tính không rõ ({value}); hãy quét lại.</translation>
    </message>
    <message>
        <source>The card QR holds no name; scan it again.</source>
        <translation>Mã QR của thẻ không có họ tên; hãy quét lại.</translation>
    </message>
    <message>
        <source>The card QR holds an invalid old CMND ({value}); scan it again.</source>
        <translation>Mã QR của thẻ có số CMND cũ không hợp lệ ({value}); hãy quét lại.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Bắt buộc nhập.</translation>
    </message>
    <message>
        <source>A name has letters only (no digits or symbols), at most 100 characters.</source>
        <translation>Họ tên chỉ gồm chữ cái (không có chữ số hay ký hiệu), tối đa 100 ký tự.</translation>
    </message>
    <message>
        <source>{value} is not a real date; write it as dd/mm/yyyy.</source>
        <translation>{value} không phải ngày hợp lệ; hãy viết theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future or before 1900.</source>
        <translation>Ngày sinh không thể ở tương lai hoặc trước năm 1900.</translation>
    </message>
    <message>
        <source>This donor no longer exists.</source>
        <translation>Người hiến này không còn trong danh sách.</translation>
    </message>
    <message>
        <source>2 to 20 letters, digits or hyphens, without accents (e.g. HM261124).</source>
        <translation>Từ 2 đến 20 chữ cái, chữ số hoặc dấu gạch ngang, không dấu (ví dụ HM261124).</translation>
    </message>
    <message>
        <source>Another drive already has code {value}.</source>
        <translation>Đã có đợt hiến máu khác mang mã {value}.</translation>
    </message>
    <message>
        <source>Enter the target number of units, from 1 to {max}.</source>
        <translation>Nhập chỉ tiêu số đơn vị máu, từ 1 đến {max}.</translation>
    </message>
    <message>
        <source>There is no drive with code {code}.</source>
        <translation>Không có đợt hiến máu nào mang mã {code}.</translation>
    </message>
    <message>
        <source>Drive {code} is closed; no one can be checked in.</source>
        <translation>Đợt {code} đã đóng; không thể tiếp nhận thêm.</translation>
    </message>
    <message>
        <source>2 to 12 letters, digits or hyphens, without accents (e.g. TTHH-HN).</source>
        <translation>Từ 2 đến 12 chữ cái, chữ số hoặc dấu gạch ngang, không dấu (ví dụ TTHH-HN).</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>Under 18 on the drive date ({age} years old); 18 on {eligible_from}.</source>
        <translation>Chưa đủ 18 tuổi vào ngày hiến máu ({age} tuổi); đủ 18 tuổi vào {eligible_from}.</translation>
    </message>
    <message>
        <source>Over 60 on the drive date ({age} years old).</source>
        <translation>Quá 60 tuổi vào ngày hiến máu ({age} tuổi).</translation>
    </message>
    <message>
        <source>Last donation ({last_type}) on {last_date}, {days} days ago: may donate again from {eligible_from}.</source>
        <translation>Lần hiến gần nhất ({last_type}) ngày {last_date}, cách đây {days} ngày: được hiến lại từ {eligible_from}.</translation>
    </message>
    <message>
        <source>Permanently deferred: {reason}</source>
        <translation>Hoãn hiến máu vĩnh viễn: {reason}</translation>
    </message>
    <message>
        <source>Deferred until {until}: {reason}</source>
        <translation>Tạm hoãn hiến máu đến {until}: {reason}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>Tệp không phải văn bản UTF-8; hãy lưu từ Excel dưới dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The line cannot be read as CSV ({detail}).</source>
        <translation>Không đọc được dòng này theo định dạng CSV ({detail}).</translation>
    </message>
    <message>
        <source>Column {column} is missing.</source>
        <translation>Thiếu cột {column}.</translation>
    </message>
    <message>
        <source>Unknown column &quot;{column}&quot;.</source>
        <translation>Cột &quot;{column}&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Column {column} appears twice.</source>
        <translation>Cột {column} xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>The line has {found} cells instead of {expected}.</source>
        <translation>Dòng có {found} ô thay vì {expected}.</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>Ngày {value} ở tương lai.</translation>
    </message>
    <message>
        <source>Sex must be Nam or Nữ (or M / F), not &quot;{value}&quot;.</source>
        <translation>Giới tính phải là Nam hoặc Nữ (hoặc M / F), không phải &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>The number {value} already appears on line {first_line}.</source>
        <translation>Số {value} đã có ở dòng {first_line}.</translation>
    </message>
    <message>
        <source>This line and line {first_line} are about the same donor.</source>
        <translation>Dòng này và dòng {first_line} là cùng một người hiến.</translation>
    </message>
    <message>
        <source>The CCCD {value} belongs to another donor on this laptop.</source>
        <translation>Số CCCD {value} thuộc về một người hiến khác trên máy này.</translation>
    </message>
    <message>
        <source>Several donors on this laptop have the old CMND {value}; give the CCCD too.</source>
        <translation>Nhiều người hiến trên máy này có cùng số CMND cũ {value}; hãy ghi thêm số CCCD.</translation>
    </message>
    <message>
        <source>The old CMND {value} belongs to a donor with another CCCD ({other}).</source>
        <translation>Số CMND cũ {value} thuộc về người hiến có số CCCD khác ({other}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid donor_id (UUID).</source>
        <translation>&quot;{value}&quot; không phải donor_id (UUID) hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an allowed value.</source>
        <translation>&quot;{value}&quot; không phải giá trị được phép.</translation>
    </message>
    <message>
        <source>Write 1 or 0 (yes or no), not &quot;{value}&quot;.</source>
        <translation>Ghi 1 hoặc 0 (có hoặc không), không phải &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number of donations.</source>
        <translation>&quot;{value}&quot; không phải số lần hiến (số nguyên).</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of HMTN Desk.</source>
        <translation>{path} là cơ sở dữ liệu của chương trình khác, không phải của HMTN Desk.</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened. Restore the latest backup and keep this file for the technical team.</source>
        <translation>{path} bị hỏng nên không được mở. Hãy khôi phục bản sao lưu gần nhất và giữ lại tệp này cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of HMTN Desk. Install that version to open it; nothing was changed in the file.</source>
        <translation>{path} được tạo bởi phiên bản HMTN Desk mới hơn. Hãy cài phiên bản đó để mở; tệp không bị thay đổi gì.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>Không đọc được {path}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: </source>
        <translation>Dòng {line}, cột {column}: </translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>Dòng {line}: </translation>
    </message>
    <message>
        <source>Registry {file} imported: {rows} rows, {inserted} new donors, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đã nhập danh sách {file}: {rows} dòng, {inserted} người hiến mới, {updated} được cập nhật, {unchanged} không đổi.</translation>
    </message>
    <message>
        <source>The center lifted {count} permanent deferral(s).</source>
        <translation>Trung tâm đã bỏ hoãn vĩnh viễn cho {count} người hiến.</translation>
    </message>
    <message>
        <source>Registry {file} was NOT imported: {count} problems found. Nothing was changed.</source>
        <translation>KHÔNG nhập danh sách {file}: phát hiện {count} lỗi. Dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>... and {more} more problems.</source>
        <translation>... và {more} lỗi khác.</translation>
    </message>
</context>
<context>
    <name>NewDonorDialog</name>
    <message>
        <source>New donor</source>
        <translation>Người hiến mới</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>CCCD number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Old CMND</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Số di động</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Use the selected record</source>
        <translation>Dùng hồ sơ đã chọn</translation>
    </message>
    <message>
        <source>It is another person: save</source>
        <translation>Là người khác: lưu mới</translation>
    </message>
    <message>
        <source>This CCCD / CMND is already registered:</source>
        <translation>Số CCCD / CMND này đã được đăng ký:</translation>
    </message>
    <message>
        <source>Someone with the same name and date of birth is already registered. Is it the same person?</source>
        <translation>Đã có người hiến trùng họ tên và ngày sinh. Có phải cùng một người không?</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Waiting for screening: {count}</source>
        <translation>Đang chờ khám: {count}</translation>
    </message>
    <message>
        <source>Checked in: {total} · waiting for screening: {waiting} · target: {target}</source>
        <translation>Đã tiếp nhận: {total} · chờ khám: {waiting} · chỉ tiêu: {target}</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>Import the donor registry</source>
        <translation>Nhập danh sách người hiến</translation>
    </message>
    <message>
        <source>Choose the registry file (CSV, UTF-8) sent by the blood center. The whole file is checked first; if any line is wrong nothing is imported.</source>
        <translation>Chọn tệp danh sách (CSV, UTF-8) do trung tâm truyền máu gửi. Toàn bộ tệp được kiểm tra trước; nếu có dòng sai thì không nhập gì cả.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Tệp danh sách</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Đang kiểm tra {file}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Saving donors…</source>
        <translation>Đang lưu người hiến…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Đã nhập xong.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Tệp không được nhập.</translation>
    </message>
    <message>
        <source>Import cancelled. The registry is unchanged.</source>
        <translation>Đã hủy nhập. Danh sách không thay đổi.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Không đọc được tệp: {error}</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: {error}</source>
        <translation>Nhập thất bại, dữ liệu không bị thay đổi: {error}</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Không lưu được báo cáo: {error}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Đã lưu báo cáo vào {path}.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Nhân viên mới</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>whole blood</source>
        <translation>máu toàn phần</translation>
    </message>
    <message>
        <source>red cell apheresis</source>
        <translation>gạn tách hồng cầu</translation>
    </message>
    <message>
        <source>plasma apheresis</source>
        <translation>gạn tách huyết tương</translation>
    </message>
    <message>
        <source>platelet apheresis</source>
        <translation>gạn tách tiểu cầu</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Pink Spring Festival (Lễ hội Xuân hồng)</source>
        <translation>Lễ hội Xuân hồng</translation>
    </message>
    <message>
        <source>Red Sunday (Chủ nhật đỏ)</source>
        <translation>Chủ nhật đỏ</translation>
    </message>
    <message>
        <source>Pink Summer Drop (Giọt máu hồng hè)</source>
        <translation>Giọt máu hồng hè</translation>
    </message>
    <message>
        <source>National Voluntary Blood Donation Day 7/4</source>
        <translation>Ngày toàn dân hiến máu tình nguyện 7/4</translation>
    </message>
    <message>
        <source>Red Journey (Hành trình Đỏ)</source>
        <translation>Hành trình Đỏ</translation>
    </message>
    <message>
        <source>World Blood Donor Day 14/6</source>
        <translation>Ngày Quốc tế người hiến máu 14/6</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>check-in clerk</source>
        <translation>tiếp đón</translation>
    </message>
    <message>
        <source>screening doctor</source>
        <translation>bác sĩ khám sàng lọc</translation>
    </message>
    <message>
        <source>collection nurse</source>
        <translation>điều dưỡng lấy máu</translation>
    </message>
    <message>
        <source>certificate desk</source>
        <translation>cấp giấy chứng nhận</translation>
    </message>
</context>
</TS>
