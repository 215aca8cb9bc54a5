<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HMTN Desk</source>
        <translation>Giới thiệu HMTN Desk</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (dữ liệu mẫu)</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, phiên bản {version}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Eligibility rule set</source>
        <translation>Bộ tiêu chuẩn hiến máu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Voluntary blood drives: check-in, screening, collection and certificates, offline.</source>
        <translation>Hiến máu tình nguyện: tiếp đón, khám sàng lọc, lấy máu và cấp giấy chứng nhận, không cần Internet.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>No. {number}</source>
        <translation>STT {number}</translation>
    </message>
    <message>
        <source>Correct the unit {din}</source>
        <translation>Sửa đơn vị máu {din}</translation>
    </message>
    <message>
        <source>No. {number} — {name}</source>
        <translation>STT {number} — {name}</translation>
    </message>
    <message>
        <source>DIN {din}</source>
        <translation>DIN {din}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>không đủ</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>không lấy được</translation>
    </message>
    <message>
        <source>Why the record is corrected (required)</source>
        <translation>Lý do sửa (bắt buộc)</translation>
    </message>
    <message>
        <source>Volume collected (ml)</source>
        <translation>Thể tích lấy được (ml)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Lưu chỉnh sửa</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as {path}.</source>
        <translation>Đã khôi phục bản sao lưu. Cơ sở dữ liệu trước khi khôi phục được giữ lại tại {path}.</translation>
    </message>
    <message>
        <source>Rebuilding the demo database…</source>
        <translation>Đang tạo lại cơ sở dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>{path} does not exist. Start a new, empty database there?</source>
        <translation>{path} không tồn tại. Tạo một cơ sở dữ liệu mới, trống tại đó?</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Everything saved before is safe. Details were written to {log}.</source>
        <translation>Đã xảy ra lỗi, thao tác vừa rồi có thể chưa hoàn tất. Mọi dữ liệu đã lưu trước đó vẫn an toàn. Chi tiết được ghi vào {log}.</translation>
    </message>
    <message>
        <source>Demo database: user {user}, password {password} (the README lists every user).</source>
        <translation>Cơ sở dữ liệu mẫu: tên đăng nhập {user}, mật khẩu {password} (README liệt kê mọi người dùng).</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Đang sao lưu cơ sở dữ liệu trước khi đóng…</translation>
    </message>
    <message>
        <source>Close without this backup</source>
        <translation>Đóng mà không sao lưu lần này</translation>
    </message>
</context>
<context>
    <name>AssignDeviceDialog</name>
    <message>
        <source>Assign a device to drive {code}</source>
        <translation>Phân công thiết bị cho đợt {code}</translation>
    </message>
    <message>
        <source>It gets a block of {size} DINs for the drive, from the top of its enrolled block.</source>
        <translation>Máy được cấp một dải {size} mã DIN cho đợt, lấy từ đầu trên của dải số đã đăng ký.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Every active device works this drive already.</source>
        <translation>Mọi máy đang hoạt động đều đã được phân công cho đợt này.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The audit trail is broken: {problem}

Someone changed this laptop&apos;s database outside HMTN Desk. Nothing was repaired. Keep the laptop as it is and call the provincial center; tell them the entry named here. You may go on working: what you do is still recorded.</source>
        <translation>Nhật ký thao tác bị hỏng: {problem}

Có người đã sửa cơ sở dữ liệu của máy này bên ngoài HMTN Desk. Phần mềm không tự sửa gì. Hãy giữ nguyên máy và gọi cho trung tâm tỉnh, báo cho trung tâm mục được nêu ở trên. Vẫn có thể tiếp tục làm việc: mọi thao tác vẫn được ghi lại.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>The audit trail could not be checked at start: {reason}</source>
        <translation>Không kiểm tra được nhật ký thao tác khi khởi động: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditNotes</name>
    <message>
        <source>after {after}</source>
        <translation>sau {after}</translation>
    </message>
    <message>
        <source>signed in with a password</source>
        <translation>đăng nhập bằng mật khẩu</translation>
    </message>
    <message>
        <source>signed in again after a restore (no password typed)</source>
        <translation>đăng nhập lại sau khi khôi phục (không nhập mật khẩu)</translation>
    </message>
    <message>
        <source>signed in again after the demo was rebuilt (no password typed)</source>
        <translation>đăng nhập lại sau khi tạo lại dữ liệu mẫu (không nhập mật khẩu)</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>khóa màn hình</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>mở khóa màn hình</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>đã đặt mật khẩu</translation>
    </message>
    <message>
        <source>wrong password at {at}</source>
        <translation>sai mật khẩu lúc {at}</translation>
    </message>
    <message>
        <source>wrong PIN at {at}</source>
        <translation>sai mã PIN lúc {at}</translation>
    </message>
    <message>
        <source>user name {user}</source>
        <translation>tên đăng nhập {user}</translation>
    </message>
    <message>
        <source>user name {user}, first administrator</source>
        <translation>tên đăng nhập {user}, quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>đã đặt mã PIN</translation>
    </message>
    <message>
        <source>PIN removed</source>
        <translation>đã xóa mã PIN</translation>
    </message>
    <message>
        <source>PIN removed (deactivated)</source>
        <translation>đã xóa mã PIN (đã ngừng hoạt động)</translation>
    </message>
    <message>
        <source>database key escrowed to the center ({recipient})</source>
        <translation>khóa cơ sở dữ liệu đã gửi trung tâm giữ hộ ({recipient})</translation>
    </message>
    <message>
        <source>key file recovered at the center for {user} at {at}</source>
        <translation>tệp khóa được trung tâm khôi phục cho {user} lúc {at}</translation>
    </message>
    <message>
        <source>certificates issued: {issued}; printed again: {reprinted}</source>
        <translation>giấy chứng nhận cấp mới: {issued}; in lại: {reprinted}</translation>
    </message>
    <message>
        <source>labels: {sets} sets, DIN {first}..{last}</source>
        <translation>nhãn: {sets} bộ, DIN {first}..{last}</translation>
    </message>
    <message>
        <source>from the screening</source>
        <translation>theo kết quả khám sàng lọc</translation>
    </message>
    <message>
        <source>donation counted</source>
        <translation>đã tính lần hiến máu</translation>
    </message>
    <message>
        <source>collection time of {minutes} min confirmed by the nurse (outside {minimum}-{maximum} min)</source>
        <translation>thời gian lấy máu {minutes} phút đã được điều dưỡng xác nhận (ngoài khoảng {minimum}-{maximum} phút)</translation>
    </message>
    <message>
        <source>import interrupted</source>
        <translation>nhập dữ liệu bị gián đoạn</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}): {rows} rows, {inserted} new, {updated} updated, import batch {batch}</source>
        <translation>{file} (sha256 {sha256}): {rows} dòng, {inserted} mới, {updated} cập nhật, đợt nhập {batch}</translation>
    </message>
    <message>
        <source>plan edited</source>
        <translation>đã sửa kế hoạch</translation>
    </message>
    <message>
        <source>desk letter</source>
        <translation>chữ cái của bàn</translation>
    </message>
    <message>
        <source>desk letter given by the center</source>
        <translation>chữ cái của bàn do trung tâm cấp</translation>
    </message>
    <message>
        <source>DIN block for drive {drive}</source>
        <translation>khối số DIN cho đợt hiến máu {drive}</translation>
    </message>
    <message>
        <source>resized to {size}</source>
        <translation>đổi cỡ thành {size}</translation>
    </message>
    <message>
        <source>certificate form serials</source>
        <translation>số sê-ri phôi giấy chứng nhận</translation>
    </message>
    <message>
        <source>enrolled from {folder}</source>
        <translation>đăng ký máy từ {folder}</translation>
    </message>
    <message>
        <source>enrolled again from {folder}</source>
        <translation>đăng ký lại máy từ {folder}</translation>
    </message>
    <message>
        <source>{source}: counters recomputed</source>
        <translation>{source}: đã tính lại các bộ đếm</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}): {devices} devices, {revoked} revoked, {voided} voided serials</source>
        <translation>{file} (sha256 {sha256}): {devices} máy, {revoked} máy bị thu hồi, {voided} số sê-ri đã hủy</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}) no. {number}: {counts}</source>
        <translation>{file} (sha256 {sha256}) số {number}: {counts}</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}), changes {first}..{last}</source>
        <translation>{file} (sha256 {sha256}), các thay đổi {first}..{last}</translation>
    </message>
    <message>
        <source>acknowledged by the center: export {export} ({at})</source>
        <translation>trung tâm đã xác nhận: lần xuất {export} ({at})</translation>
    </message>
    <message>
        <source>restored copy: the center holds changes through {through} of incarnation {incarnation} (export {export}), this database only through {local}</source>
        <translation>bản khôi phục: trung tâm giữ các thay đổi đến số {through} của phiên {incarnation} (lần xuất {export}), cơ sở dữ liệu này chỉ đến số {local}</translation>
    </message>
    <message>
        <source>restored copy: exported through {through} in incarnation {incarnation} (epoch {epoch}), export {export}</source>
        <translation>bản khôi phục: đã xuất đến số {through} trong phiên {incarnation} (lần khôi phục {epoch}), lần xuất {export}</translation>
    </message>
    <message>
        <source>restored from {source} (made {made})</source>
        <translation>khôi phục từ {source} (tạo lúc {made})</translation>
    </message>
    <message>
        <source>from {source}; the file before it kept as {aside}</source>
        <translation>từ {source}; tệp trước đó được giữ lại là {aside}</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}: {file}</translation>
    </message>
    <message>
        <source>to a USB stick: {file} ({recipients} recipients)</source>
        <translation>vào USB: {file} ({recipients} người nhận)</translation>
    </message>
    <message>
        <source>{reason} not made: no room on the disk ({needed} needed, {free} free)</source>
        <translation>{reason} chưa được thực hiện: ổ đĩa không đủ chỗ (cần {needed}, còn trống {free})</translation>
    </message>
    <message>
        <source>rule set {version} (sha256 {sha256})</source>
        <translation>bộ tiêu chuẩn {version} (sha256 {sha256})</translation>
    </message>
    <message>
        <source>{file}: {count} entries; filter {filter}</source>
        <translation>{file}: {count} mục; bộ lọc {filter}</translation>
    </message>
    <message>
        <source>new incarnation started by hand</source>
        <translation>bắt đầu phiên mới bằng tay</translation>
    </message>
    <message>
        <source>{source}: same CCCD as {survivor}</source>
        <translation>{source}: trùng CCCD với {survivor}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>periodic backup</source>
        <translation>sao lưu định kỳ</translation>
    </message>
    <message>
        <source>backup at the drive&apos;s close</source>
        <translation>sao lưu khi đóng đợt hiến máu</translation>
    </message>
    <message>
        <source>backup at exit</source>
        <translation>sao lưu khi thoát</translation>
    </message>
    <message>
        <source>backup made on request</source>
        <translation>sao lưu theo yêu cầu</translation>
    </message>
</context>
<context>
    <name>AuditValues</name>
    <message>
        <source>created</source>
        <translation>đã tạo</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>đã điều chỉnh</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>đã mở lại</translation>
    </message>
    <message>
        <source>left before donating</source>
        <translation>về trước khi hiến</translation>
    </message>
    <message>
        <source>drive closed</source>
        <translation>đã kết thúc đợt</translation>
    </message>
    <message>
        <source>donation started</source>
        <translation>bắt đầu lấy máu</translation>
    </message>
    <message>
        <source>donation recorded</source>
        <translation>đã ghi nhận ca lấy máu</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>đã bỏ dở</translation>
    </message>
    <message>
        <source>DIN used</source>
        <translation>đã dùng mã DIN</translation>
    </message>
    <message>
        <source>serial reserved</source>
        <translation>đã giữ số seri</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <translation>đã cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>đã in lại</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã rút</translation>
    </message>
    <message>
        <source>new incarnation (restored copy)</source>
        <translation>lượt khôi phục mới (bản sao lưu)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>đã đăng nhập</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>đăng nhập không thành công</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>đã đăng xuất</translation>
    </message>
    <message>
        <source>person switched</source>
        <translation>đã đổi người dùng</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>đã khóa màn hình</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>đã mở khóa màn hình</translation>
    </message>
    <message>
        <source>key recovered by the center</source>
        <translation>trung tâm đã khôi phục khóa</translation>
    </message>
    <message>
        <source>export written</source>
        <translation>đã xuất dữ liệu</translation>
    </message>
    <message>
        <source>file imported</source>
        <translation>đã nhập tệp</translation>
    </message>
    <message>
        <source>registry imported</source>
        <translation>đã nhập danh sách người hiến</translation>
    </message>
    <message>
        <source>drive package installed</source>
        <translation>đã cài gói dữ liệu đợt</translation>
    </message>
    <message>
        <source>drive package written</source>
        <translation>đã tạo gói dữ liệu đợt</translation>
    </message>
    <message>
        <source>certificate keys published</source>
        <translation>công bố khóa kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <source>package number taken</source>
        <translation>đã lấy số gói</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <source>rule set installed</source>
        <translation>đã cài bộ tiêu chuẩn</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>đã sao lưu</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>audit trail exported</source>
        <translation>đã xuất nhật ký thao tác</translation>
    </message>
    <message>
        <source>merged from a site&apos;s file</source>
        <translation>đã gộp từ tệp của cơ sở</translation>
    </message>
    <message>
        <source>two records made one person</source>
        <translation>đã gộp hai hồ sơ thành một người</translation>
    </message>
    <message>
        <source>site file accepted</source>
        <translation>đã nhận tệp của cơ sở</translation>
    </message>
    <message>
        <source>site file rejected</source>
        <translation>đã từ chối tệp của cơ sở</translation>
    </message>
    <message>
        <source>unit released</source>
        <translation>đã cho lưu hành đơn vị máu</translation>
    </message>
    <message>
        <source>unit discarded</source>
        <translation>đã hủy đơn vị máu</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>đã giải quyết xung đột</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>không phải cùng một người</translation>
    </message>
    <message>
        <source>same person merged</source>
        <translation>đã gộp cùng một người</translation>
    </message>
    <message>
        <source>lab results imported</source>
        <translation>đã nhập kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>lab results differ</source>
        <translation>kết quả xét nghiệm khác nhau</translation>
    </message>
    <message>
        <source>lab difference decided</source>
        <translation>đã quyết định về kết quả khác nhau</translation>
    </message>
    <message>
        <source>lab result superseded</source>
        <translation>kết quả xét nghiệm đã được thay</translation>
    </message>
    <message>
        <source>lab result taken</source>
        <translation>đã lấy kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>lab result rejected</source>
        <translation>đã loại kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>donor to be notified</source>
        <translation>cần báo cho người hiến</translation>
    </message>
    <message>
        <source>notice withdrawn</source>
        <translation>đã rút thông báo</translation>
    </message>
    <message>
        <source>donor notified</source>
        <translation>đã báo cho người hiến</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả mọi người</translation>
    </message>
    <message>
        <source>name or CCCD</source>
        <translation>họ tên hoặc số CCCD</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>mã bản ghi</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>Mọi loại bản ghi</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Trong khoảng</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>&amp;Xuất ra CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Audit trail: who did what, and when</source>
        <translation>Nhật ký thao tác: ai đã làm gì, vào lúc nào</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Người thực hiện</translation>
    </message>
    <message>
        <source>&amp;Donor</source>
        <translation>Người &amp;hiến</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Bản ghi</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Old → new values</source>
        <translation>Giá trị cũ → mới</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} mục.</translation>
    </message>
    <message>
        <source>The newest {count} entries are shown: narrow the filter to see others.</source>
        <translation>Đang hiện {count} mục mới nhất: hãy lọc hẹp hơn để xem các mục khác.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký thao tác</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {file}.</source>
        <translation>Đã ghi {count} mục vào {file}.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sao lưu &amp;ngay</translation>
    </message>
    <message>
        <source>Back up to &amp;USB…</source>
        <translation>Sao lưu ra &amp;USB…</translation>
    </message>
    <message>
        <source>Make the administrator&apos;s backup &amp;key…</source>
        <translation>Tạo &amp;khóa sao lưu của quản trị viên…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Backup made: {path} ({size})</source>
        <translation>Đã sao lưu: {path} ({size})</translation>
    </message>
    <message>
        <source>A backup for a USB stick is encrypted for the administrator&apos;s backup key, and this laptop has none yet. Make it now, on the administrator&apos;s own USB stick?</source>
        <translation>Bản sao lưu ra USB được mã hóa bằng khóa sao lưu của quản trị viên, mà máy này chưa có. Tạo khóa ngay bây giờ và lưu vào USB riêng của quản trị viên?</translation>
    </message>
    <message>
        <source>Back up to USB</source>
        <translation>Sao lưu ra USB</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the backup</source>
        <translation>Chọn USB (hoặc thư mục) để ghi bản sao lưu</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size}). It opens with the administrator&apos;s backup key or the center&apos;s.</source>
        <translation>Đã ghi bản sao lưu đã mã hóa: {path} ({size}). Chỉ mở được bằng khóa sao lưu của quản trị viên hoặc khóa của trung tâm.</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s own USB stick for the backup key</source>
        <translation>Chọn USB riêng của quản trị viên để lưu khóa sao lưu</translation>
    </message>
    <message>
        <source>The administrator&apos;s backup key</source>
        <translation>Khóa sao lưu của quản trị viên</translation>
    </message>
    <message>
        <source>The backup key was written to {path}. Keep that stick away from this laptop (or print the key and lock it away): a USB backup opens only with it or the center&apos;s key.</source>
        <translation>Đã ghi khóa sao lưu vào {path}. Hãy cất USB đó xa máy này (hoặc in khóa ra và cất giữ cẩn thận): bản sao lưu trên USB chỉ mở được bằng khóa này hoặc khóa của trung tâm.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up automatically: {path}</source>
        <translation>Đã tự động sao lưu: {path}</translation>
    </message>
    <message>
        <source>The automatic backup was skipped: {why}</source>
        <translation>Đã bỏ qua lần sao lưu tự động: {why}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {why}</source>
        <translation>Sao lưu tự động không thành công: {why}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatic (every few minutes)</source>
        <translation>tự động (vài phút một lần)</translation>
    </message>
    <message>
        <source>when a drive was closed</source>
        <translation>khi kết thúc đợt hiến máu</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>khi đóng chương trình</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>theo yêu cầu</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>not checked by this version</source>
        <translation>phiên bản này chưa kiểm tra</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>bị phá vỡ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> và {count} đợt khác</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Thời điểm sao lưu: {when}</translation>
    </message>
    <message>
        <source>Last change it holds: {when}</source>
        <translation>Thay đổi cuối cùng trong bản sao lưu: {when}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Cơ sở: {site}</translation>
    </message>
    <message>
        <source>Drives: {count}</source>
        <translation>Đợt hiến máu: {count}</translation>
    </message>
    <message>
        <source>Donors: {donors} · visits: {visits} · donations: {donations}</source>
        <translation>Người hiến: {donors} · lượt đến: {visits} · đơn vị máu: {donations}</translation>
    </message>
    <message>
        <source>Database check: passed · audit chain: {chain}</source>
        <translation>Kiểm tra cơ sở dữ liệu: đạt · chuỗi nhật ký thao tác: {chain}</translation>
    </message>
    <message>
        <source>No file from after the backup could be read, so the numbers given since are unknown: a safety margin is kept unused ({tickets} tickets per desk at each open drive, {dins} DINs, {serials} certificate serials).</source>
        <translation>Không đọc được tệp nào từ sau bản sao lưu, nên không biết các số đã cấp từ đó: một khoảng dự phòng được để trống, không cấp ({tickets} số thứ tự cho mỗi bàn ở mỗi đợt hiến máu đang mở, {dins} mã DIN, {serials} số sê-ri giấy chứng nhận).</translation>
    </message>
    <message>
        <source>Numbers this laptop gave after the backup (read in the file kept aside) are kept unused:</source>
        <translation>Các số máy này đã cấp sau bản sao lưu (đọc từ tệp được giữ lại riêng) sẽ không được cấp lại:</translation>
    </message>
    <message>
        <source>This laptop gave no numbers after the backup: they continue as before.</source>
        <translation>Máy này chưa cấp số nào sau bản sao lưu: các số tiếp tục như trước.</translation>
    </message>
    <message>
        <source>Tickets at {drive}, desk {letter}: continue from {next} ({first}–{last} kept unused).</source>
        <translation>Số thứ tự tại đợt {drive}, bàn {letter}: tiếp tục từ {next} (không cấp lại {first}–{last}).</translation>
    </message>
    <message>
        <source>DINs {span} kept unused.</source>
        <translation>Không cấp lại các mã DIN {span}.</translation>
    </message>
    <message>
        <source>DINs: continue from {next} ({span} kept unused).</source>
        <translation>Mã DIN: tiếp tục từ {next} (không cấp lại {span}).</translation>
    </message>
    <message>
        <source>Certificate serials: continue from {next} ({first}–{last} kept unused).</source>
        <translation>Số sê-ri giấy chứng nhận: tiếp tục từ {next} (không cấp lại {first}–{last}).</translation>
    </message>
    <message>
        <source>The DIN block {fin} {year} {first}–{last} has no room left after the margin: ask the center for another block before printing labels for it.</source>
        <translation>Dải số DIN {fin} {year} {first}–{last} không còn số trống sau khoảng dự phòng: hãy xin trung tâm một dải số khác trước khi in nhãn cho dải này.</translation>
    </message>
</context>
<context>
    <name>BlockSizeDialog</name>
    <message>
        <source>Resize the DIN block of {device}</source>
        <translation>Đổi cỡ dải số DIN của {device}</translation>
    </message>
    <message>
        <source>Block now</source>
        <translation>Dải hiện tại</translation>
    </message>
    <message>
        <source>{size} (one and a half times the target of {target} units)</source>
        <translation>{size} (gấp rưỡi chỉ tiêu {target} đơn vị)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>DINs in the block</source>
        <translation>Số mã DIN trong dải</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Đổi cỡ</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the certificate forms</source>
        <translation>Căn chỉnh phôi giấy chứng nhận</translation>
    </message>
    <message>
        <source>Print the calibration page on a blank sheet, lay it over a form against the light and note how far the crosses are from the boxes. Positive x moves the values right, positive y moves them down.</source>
        <translation>In trang căn chỉnh lên giấy trắng, đặt chồng lên phôi và soi ra ánh sáng, xem các dấu chữ thập lệch khỏi ô bao nhiêu. x dương dịch chữ sang phải, y dương dịch chữ xuống dưới.</translation>
    </message>
    <message>
        <source>Print the calibration page…</source>
        <translation>In trang căn chỉnh…</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>x offset (mm)</source>
        <translation>Lệch x (mm)</translation>
    </message>
    <message>
        <source>y offset (mm)</source>
        <translation>Lệch y (mm)</translation>
    </message>
    <message>
        <source>Save the offsets</source>
        <translation>Lưu độ lệch</translation>
    </message>
</context>
<context>
    <name>CenterCalendar</name>
    <message>
        <source>&amp;Plan a drive…</source>
        <translation>&amp;Lên kế hoạch đợt mới…</translation>
    </message>
    <message>
        <source>&amp;Edit the drive…</source>
        <translation>&amp;Sửa đợt…</translation>
    </message>
    <message>
        <source>&amp;Assign a device…</source>
        <translation>&amp;Phân công thiết bị…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the device…</source>
        <translation>&amp;Rút thiết bị khỏi đợt…</translation>
    </message>
    <message>
        <source>Resi&amp;ze its DIN block…</source>
        <translation>Đổi &amp;cỡ dải DIN…</translation>
    </message>
    <message>
        <source>Drives by date: planned here (they reach their laptops with the next package) or set up by a laptop (seen once its file was imported).</source>
        <translation>Các đợt hiến máu theo ngày: đợt do trung tâm lên kế hoạch (đến các máy cùng gói dữ liệu kế tiếp) hoặc do một máy tự tạo (thấy được khi tệp của máy đã được nhập).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã đợt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Đã thu</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>theo kế hoạch</translation>
    </message>
    <message>
        <source>set up at a site</source>
        <translation>cơ sở tự tạo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>At the drive</source>
        <translation>Tham gia đợt</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>Dải số DIN</translation>
    </message>
    <message>
        <source>DINs</source>
        <translation>Số mã DIN</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>carried: fixed</source>
        <translation>đã gửi đi: cố định</translation>
    </message>
    <message>
        <source>not yet written: may change</source>
        <translation>chưa gửi: còn đổi được</translation>
    </message>
    <message>
        <source>Choose a drive to see its laptops.</source>
        <translation>Chọn một đợt để xem các máy của đợt.</translation>
    </message>
    <message>
        <source>Laptops of drive {code} ({date}):</source>
        <translation>Các máy của đợt {code} ({date}):</translation>
    </message>
    <message>
        <source>Drive {code} planned for {date}.</source>
        <translation>Đã lên kế hoạch đợt {code} vào ngày {date}.</translation>
    </message>
    <message>
        <source>The device works drive {code} now.</source>
        <translation>Thiết bị đã được phân công cho đợt {code}.</translation>
    </message>
    <message>
        <source>Withdraw a device</source>
        <translation>Rút thiết bị khỏi đợt</translation>
    </message>
    <message>
        <source>Take {device} off drive {code}? Its DIN block for the drive is withdrawn too. Why?</source>
        <translation>Rút {device} khỏi đợt {code}? Dải số DIN của máy cho đợt này cũng bị thu hồi. Lý do?</translation>
    </message>
    <message>
        <source>{device} no longer works drive {code}.</source>
        <translation>{device} không còn được phân công cho đợt {code}.</translation>
    </message>
</context>
<context>
    <name>CenterConflicts</name>
    <message>
        <source>change {n} after restore {epoch}</source>
        <translation>lần sửa {n} sau khôi phục lần {epoch}</translation>
    </message>
    <message>
        <source>change {n}</source>
        <translation>lần sửa {n}</translation>
    </message>
    <message>
        <source>The center&apos;s registry</source>
        <translation>Danh sách người hiến của trung tâm</translation>
    </message>
    <message>
        <source>A decision at the center</source>
        <translation>Quyết định tại trung tâm</translation>
    </message>
    <message>
        <source>{site} · {device} (desk {letter})</source>
        <translation>{site} · {device} (bàn {letter})</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>Thiết bị {device}</translation>
    </message>
    <message>
        <source>&amp;Keep this version…</source>
        <translation>Giữ &amp;phiên bản này…</translation>
    </message>
    <message>
        <source>Records changed on two devices: nothing was overwritten. Compare the versions (what differs is listed first), choose the column of the one to keep, and keep it with the reason.</source>
        <translation>Bản ghi được sửa trên hai thiết bị: không có gì bị ghi đè. Hãy so sánh các phiên bản (những chỗ khác nhau ở trên cùng), chọn cột của phiên bản cần giữ và giữ lại kèm lý do.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Số phiên bản</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Người giải quyết</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Lý do quyết định</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Khác nhau ở</translation>
    </message>
    <message>
        <source>record {id}</source>
        <translation>bản ghi {id}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>nhận lúc</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Giữ phiên bản này</translation>
    </message>
    <message>
        <source>Keep the version from {source} as the record. Why?</source>
        <translation>Giữ phiên bản từ {source} làm bản ghi chính thức. Lý do?</translation>
    </message>
    <message>
        <source>The version from {source} is the record now.</source>
        <translation>Phiên bản từ {source} nay là bản ghi chính thức.</translation>
    </message>
</context>
<context>
    <name>CenterDevices</name>
    <message>
        <source>The center&apos;s keys (the sites compare these fingerprints)</source>
        <translation>Khóa của trung tâm (các cơ sở so sánh các dấu vân tay này)</translation>
    </message>
    <message>
        <source>&amp;Add from an enrolment folder…</source>
        <translation>Thêm từ thư mục đăng &amp;ký…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Th&amp;u hồi…</translation>
    </message>
    <message>
        <source>&amp;Desk letter…</source>
        <translation>Chữ cái &amp;bàn…</translation>
    </message>
    <message>
        <source>Certificate &amp;forms…</source>
        <translation>&amp;Phôi giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Enrolled devices: the center accepts files only from the active ones.</source>
        <translation>Thiết bị đã đăng ký: trung tâm chỉ nhận tệp từ các thiết bị đang hoạt động.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>Dải số DIN</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đăng ký lúc</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>{time}: {reason}</source>
        <translation>{time}: {reason}</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Thêm thiết bị</translation>
    </message>
    <message>
        <source>Folder with enrolment.json and device.minisign.pub</source>
        <translation>Thư mục chứa enrolment.json và device.minisign.pub</translation>
    </message>
    <message>
        <source>{site} · {device} (desk {letter})

Fingerprint of its signing key:
{fingerprint}

Compare it with the one the site reads out from its laptop. Add this device?</source>
        <translation>{site} · {device} (bàn {letter})

Dấu vân tay khóa ký của thiết bị:
{fingerprint}

Hãy so với dấu vân tay mà cơ sở đọc từ máy của họ. Thêm thiết bị này?</translation>
    </message>
    <message>
        <source>{device} of {site} enrolled again.</source>
        <translation>Đã đăng ký lại {device} của {site}.</translation>
    </message>
    <message>
        <source>{device} of {site} added.</source>
        <translation>Đã thêm {device} của {site}.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Thu hồi thiết bị</translation>
    </message>
    <message>
        <source>Revoke {device} of {site}? Its files are rejected from now on. Why (lost, stolen, retired…)?</source>
        <translation>Thu hồi {device} của {site}? Từ nay các tệp của thiết bị này sẽ bị từ chối. Lý do (mất, bị trộm, ngừng sử dụng…)?</translation>
    </message>
    <message>
        <source>{device} of {site} revoked.</source>
        <translation>Đã thu hồi {device} của {site}.</translation>
    </message>
    <message>
        <source>Desk letter</source>
        <translation>Chữ cái của bàn</translation>
    </message>
    <message>
        <source>The desk letter of {device} of {site}: one letter, A to Z, that no other laptop of the site has. Its queue numbers start with it.</source>
        <translation>Chữ cái bàn của {device} thuộc cơ sở {site}: một chữ cái từ A đến Z, không trùng với máy nào khác của cơ sở. Số thứ tự tiếp đón của máy bắt đầu bằng chữ này.</translation>
    </message>
    <message>
        <source>{device} is desk {letter} from its next package on.</source>
        <translation>{device} là bàn {letter} kể từ gói dữ liệu kế tiếp.</translation>
    </message>
</context>
<context>
    <name>CenterImports</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>N&amp;hập tệp…</translation>
    </message>
    <message>
        <source>The last import, file by file:</source>
        <translation>Lần nhập vừa rồi, từng tệp:</translation>
    </message>
    <message>
        <source>Every file the center received, newest first:</source>
        <translation>Mọi tệp trung tâm đã nhận, mới nhất trước:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Export no.</source>
        <translation>Tệp xuất số</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Units quarantined</source>
        <translation>Đơn vị cách ly</translation>
    </message>
    <message>
        <source>People merged</source>
        <translation>Người được gộp</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Audit trail broken: {problem}</source>
        <translation>Nhật ký thao tác bị đứt: {problem}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>New / unchanged / updated / conflicting</source>
        <translation>Mới/không đổi/cập nhật/xung đột</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>Choose the files the sites sent</source>
        <translation>Chọn các tệp do các cơ sở gửi</translation>
    </message>
    <message>
        <source>Export files (*.hmtn.age)</source>
        <translation>Tệp xuất dữ liệu (*.hmtn.age)</translation>
    </message>
    <message>
        <source>{files} files: {accepted} accepted, {already} imported before, {rejected} rejected.</source>
        <translation>{files} tệp: {accepted} được nhận, {already} đã nhập trước đó, {rejected} bị từ chối.</translation>
    </message>
    <message>
        <source>Cancelled: the file being merged was left out entirely; the files before it are imported (listed below).</source>
        <translation>Đã hủy: tệp đang hợp nhất không được ghi gì cả; các tệp trước đó đã được nhập (xem danh sách bên dưới).</translation>
    </message>
</context>
<context>
    <name>CenterKeys</name>
    <message>
        <source>The center&apos;s keys</source>
        <translation>Khóa của trung tâm</translation>
    </message>
    <message>
        <source>Folder with center.pub, escrow.pub, center.minisign.pub</source>
        <translation>Thư mục chứa center.pub, escrow.pub, center.minisign.pub</translation>
    </message>
    <message>
        <source>Compare these fingerprints with the ones the center gives you (by phone, for example):

{lines}

Install these keys? Files for the center are then encrypted to them.</source>
        <translation>Hãy so các dấu vân tay này với dấu vân tay do trung tâm cung cấp (ví dụ qua điện thoại):

{lines}

Cài đặt các khóa này? Từ đó các tệp gửi trung tâm sẽ được mã hóa bằng các khóa này.</translation>
    </message>
    <message>
        <source>The center&apos;s keys are installed: export files are encrypted to them from now on. If the center has not enrolled this laptop yet, its IT officer writes the laptop&apos;s enrolment with hmtn device enrol --out FOLDER and registers it at the center; files from a laptop not enrolled are refused there.</source>
        <translation>Đã cài khóa của trung tâm: từ nay tệp xuất dữ liệu được mã hóa bằng các khóa này. Nếu trung tâm chưa đăng ký máy này, cán bộ công nghệ thông tin ghi tệp đăng ký của máy bằng lệnh hmtn device enrol --out THƯ_MỤC rồi đăng ký tại trung tâm; trung tâm từ chối tệp của máy chưa được đăng ký.</translation>
    </message>
</context>
<context>
    <name>CenterLab</name>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Nhập kết quả…</translation>
    </message>
    <message>
        <source>What became of each file imported appears here.</source>
        <translation>Kết quả nhập từng tệp sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>&amp;Keep the recorded…</source>
        <translation>&amp;Giữ như đã ghi nhận…</translation>
    </message>
    <message>
        <source>&amp;Take the laboratory&apos;s…</source>
        <translation>&amp;Lấy theo phòng xét nghiệm…</translation>
    </message>
    <message>
        <source>The last import:</source>
        <translation>Lần nhập vừa rồi:</translation>
    </message>
    <message>
        <source>Files imported, newest first:</source>
        <translation>Các tệp đã nhập, mới nhất trước:</translation>
    </message>
    <message>
        <source>Lab conflicts: other results for a unit that has some, or a blood group other than the recorded one. Nothing is overwritten until a person decides, with the reason.</source>
        <translation>Khác biệt kết quả xét nghiệm: một đơn vị đã có kết quả nay nhận kết quả khác, hoặc nhóm máu khác với nhóm máu đã ghi nhận. Không có gì bị ghi đè cho đến khi có người quyết định, kèm lý do.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập lúc</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Cần xem xét</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Dương tính</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Phản ứng</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Người hiến</translation>
    </message>
    <message>
        <source>Unit (DIN)</source>
        <translation>Đơn vị (DIN)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Đã ghi nhận</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Phòng xét nghiệm</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Lý do quyết định</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Cần quyết định</translation>
    </message>
    <message>
        <source>Keep the first results, or take the later ones.</source>
        <translation>Giữ kết quả lần đầu, hoặc lấy kết quả sau.</translation>
    </message>
    <message>
        <source>Keep the recorded blood group, or take the laboratory&apos;s.</source>
        <translation>Giữ nhóm máu đã ghi nhận, hoặc lấy nhóm máu của phòng xét nghiệm.</translation>
    </message>
    <message>
        <source>Keep the first results</source>
        <translation>Giữ kết quả lần đầu</translation>
    </message>
    <message>
        <source>Why do the first results of unit {din} ({donor}) stay?</source>
        <translation>Vì sao giữ kết quả lần đầu của đơn vị {din} ({donor})?</translation>
    </message>
    <message>
        <source>The first results of unit {din} stay.</source>
        <translation>Kết quả lần đầu của đơn vị {din} được giữ.</translation>
    </message>
    <message>
        <source>Take the later results</source>
        <translation>Lấy kết quả sau</translation>
    </message>
    <message>
        <source>Why do the later results of unit {din} ({donor}) replace the first ones?</source>
        <translation>Vì sao kết quả sau của đơn vị {din} ({donor}) thay cho kết quả lần đầu?</translation>
    </message>
    <message>
        <source>The later results of unit {din} are taken.</source>
        <translation>Đã lấy kết quả sau của đơn vị {din}.</translation>
    </message>
    <message>
        <source>Keep the recorded blood group</source>
        <translation>Giữ nhóm máu đã ghi nhận</translation>
    </message>
    <message>
        <source>Why does {donor} keep the recorded blood group {recorded} (laboratory: {lab})?</source>
        <translation>Vì sao {donor} giữ nhóm máu đã ghi nhận {recorded} (phòng xét nghiệm: {lab})?</translation>
    </message>
    <message>
        <source>{donor} keeps the blood group {recorded}.</source>
        <translation>{donor} giữ nhóm máu {recorded}.</translation>
    </message>
    <message>
        <source>Take the laboratory&apos;s blood group</source>
        <translation>Lấy nhóm máu của phòng xét nghiệm</translation>
    </message>
    <message>
        <source>Why is the laboratory&apos;s blood group {lab} taken for {donor} (recorded: {recorded})?</source>
        <translation>Vì sao lấy nhóm máu {lab} của phòng xét nghiệm cho {donor} (đã ghi nhận: {recorded})?</translation>
    </message>
    <message>
        <source>{donor}&apos;s blood group is {lab} from now on.</source>
        <translation>Nhóm máu của {donor} từ nay là {lab}.</translation>
    </message>
    <message>
        <source>Choose the laboratory&apos;s results files</source>
        <translation>Chọn các tệp kết quả của phòng xét nghiệm</translation>
    </message>
    <message>
        <source>Results files (*.csv *.xlsx);;All files (*)</source>
        <translation>Tệp kết quả (*.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>{files} files: {refused} refused, the others imported.</source>
        <translation>{files} tệp: {refused} bị từ chối, các tệp khác đã được nhập.</translation>
    </message>
    <message>
        <source>Cancelled: nothing of the file being stored was kept; the files before it are imported (listed below).</source>
        <translation>Đã hủy: tệp đang lưu không được ghi gì cả; các tệp trước đó đã được nhập (xem danh sách bên dưới).</translation>
    </message>
</context>
<context>
    <name>CenterNotices</name>
    <message>
        <source>&amp;Told…</source>
        <translation>Đã &amp;thông báo…</translation>
    </message>
    <message>
        <source>Donors with a marker the laboratory confirmed positive: they are deferred for good, and must be told and counselled. Record how and when each was told.</source>
        <translation>Người hiến có dấu ấn được phòng xét nghiệm khẳng định dương tính: họ bị loại vĩnh viễn và cần được thông báo, tư vấn. Hãy ghi nhận đã thông báo cho từng người bằng cách nào, vào ngày nào.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Người hiến</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
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
        <source>Unit (DIN)</source>
        <translation>Đơn vị (DIN)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Đã thông báo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>The results a person took later are not positive.</source>
        <translation>Kết quả được chọn sau đó không dương tính.</translation>
    </message>
    <message>
        <source>Confirmed positive: {markers} (tested {date})</source>
        <translation>Dương tính khẳng định: {markers} (xét nghiệm ngày {date})</translation>
    </message>
    <message>
        <source>{donor}: told, recorded.</source>
        <translation>{donor}: đã ghi nhận việc thông báo.</translation>
    </message>
</context>
<context>
    <name>CenterPackages</name>
    <message>
        <source>drives planned</source>
        <translation>có đợt hiến máu được lên kế hoạch</translation>
    </message>
    <message>
        <source>files imported</source>
        <translation>có tệp mới được nhập</translation>
    </message>
    <message>
        <source>lab results</source>
        <translation>có kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>registry decisions</source>
        <translation>có quyết định về danh sách người hiến</translation>
    </message>
    <message>
        <source>its desk letter or enrolment</source>
        <translation>chữ cái bàn hoặc đăng ký của máy thay đổi</translation>
    </message>
    <message>
        <source>another rule set</source>
        <translation>có bộ tiêu chuẩn hiến máu khác</translation>
    </message>
    <message>
        <source>Before a drive, each laptop that works it gets its own package: the registry, the rule set, its planned drives and number blocks. Select the laptops (Ctrl or Shift for several), then prepare their packages onto a USB stick.</source>
        <translation>Trước mỗi đợt hiến máu, mỗi máy trạm tham gia nhận một gói dữ liệu riêng: danh sách người hiến, bộ quy tắc, các đợt hiến máu đã lên kế hoạch và các dải số của máy. Chọn các máy (giữ Ctrl hoặc Shift để chọn nhiều máy), rồi chuẩn bị gói của chúng vào USB.</translation>
    </message>
    <message>
        <source>&amp;Prepare packages…</source>
        <translation>&amp;Chuẩn bị gói…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>Coming drives</source>
        <translation>Đợt sắp tới</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>no. {number}, {time}</source>
        <translation>số {number}, {time}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>To prepare: no package yet</source>
        <translation>Cần chuẩn bị: chưa có gói nào</translation>
    </message>
    <message>
        <source>Out of date: {changes} since</source>
        <translation>Cần chuẩn bị lại: {changes} kể từ đó</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) to write the packages to</source>
        <translation>Chọn USB (hoặc thư mục) để ghi các gói dữ liệu</translation>
    </message>
    <message>
        <source>Type the center&apos;s passphrase to sign the packages:</source>
        <translation>Nhập cụm mật khẩu của trung tâm để ký các gói dữ liệu:</translation>
    </message>
    <message>
        <source>{device}: not written: {why}</source>
        <translation>{device}: chưa ghi: {why}</translation>
    </message>
    <message>
        <source>{device}: package {number} written ({people} people): {file}</source>
        <translation>{device}: đã ghi gói số {number} ({people} người): {file}</translation>
    </message>
    <message>
        <source>Cancelled: the package being prepared was not written; nothing of it is on the stick.</source>
        <translation>Đã hủy: gói đang chuẩn bị không được ghi; trên USB không còn gì của gói đó.</translation>
    </message>
</context>
<context>
    <name>CenterQuarantine</name>
    <message>
        <source>the other on {date}, interval {days} days</source>
        <translation>lần kia ngày {date}, khoảng cách tối thiểu {days} ngày</translation>
    </message>
    <message>
        <source>deferred permanently</source>
        <translation>hoãn vĩnh viễn</translation>
    </message>
    <message>
        <source>deferred until {date}</source>
        <translation>hoãn đến {date}</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Cho lưu hành…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Hủy bỏ…</translation>
    </message>
    <message>
        <source>Units held by the center&apos;s safety checks, on the date of each donation, or by the laboratory&apos;s results. Release or discard each one, with the reason.</source>
        <translation>Các đơn vị máu bị giữ lại do kiểm tra an toàn của trung tâm (xét theo ngày hiến của từng đơn vị) hoặc do kết quả xét nghiệm. Cho lưu hành hoặc hủy bỏ từng đơn vị, kèm lý do.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Unit (DIN)</source>
        <translation>Đơn vị (DIN)</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Người hiến</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Đợt hiến máu</translation>
    </message>
    <message>
        <source>Donation date</source>
        <translation>Ngày hiến</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>Lý do cách ly</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Lý do quyết định</translation>
    </message>
    <message>
        <source>Release the unit</source>
        <translation>Cho lưu hành đơn vị máu</translation>
    </message>
    <message>
        <source>Why may unit {din} ({donor}) go on?</source>
        <translation>Vì sao đơn vị {din} ({donor}) được cho lưu hành?</translation>
    </message>
    <message>
        <source>Unit {din} released.</source>
        <translation>Đã cho lưu hành đơn vị {din}.</translation>
    </message>
    <message>
        <source>Discard the unit</source>
        <translation>Hủy bỏ đơn vị máu</translation>
    </message>
    <message>
        <source>Why is unit {din} ({donor}) to be discarded?</source>
        <translation>Vì sao hủy bỏ đơn vị {din} ({donor})?</translation>
    </message>
    <message>
        <source>Unit {din} to be discarded.</source>
        <translation>Đơn vị {din} sẽ bị hủy bỏ.</translation>
    </message>
</context>
<context>
    <name>CenterRegistry</name>
    <message>
        <source>Check a &amp;certificate…</source>
        <translation>Kiểm tra &amp;giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Scan a CCCD, or type an ID, phone, date of birth or name; Enter searches</source>
        <translation>Quét CCCD, hoặc gõ số giấy tờ, số điện thoại, ngày sinh hay họ tên; Enter để tìm</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
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
        <source>CCCD</source>
        <translation>CCCD</translation>
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
        <source>Deferral</source>
        <translation>Tạm hoãn</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Đã hiến/đăng ký tại</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa hiến lần nào</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>danh sách người hiến</translation>
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
        <source>{count} people found</source>
        <translation>Tìm thấy {count} người</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Site · drive</source>
        <translation>Điểm · đợt hiến máu</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Thể tích (ml)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cách ly</translation>
    </message>
    <message>
        <source>Select a person to see their donations.</source>
        <translation>Chọn một người để xem các lần hiến máu.</translation>
    </message>
    <message>
        <source>{name}: {count} donations held at the center</source>
        <translation>{name}: {count} lần hiến máu trung tâm đang giữ</translation>
    </message>
</context>
<context>
    <name>CenterReviews</name>
    <message>
        <source>&amp;Same person: merge…</source>
        <translation>&amp;Cùng một người: gộp…</translation>
    </message>
    <message>
        <source>T&amp;wo people…</source>
        <translation>&amp;Hai người khác nhau…</translation>
    </message>
    <message>
        <source>Two records with the same name and date of birth, not both with a CCCD. Compare them; one person is merged (both histories kept), two people stay apart.</source>
        <translation>Hai hồ sơ trùng họ tên và ngày sinh nhưng không cùng có CCCD. Hãy so sánh: nếu là một người thì gộp lại (giữ cả hai lịch sử hiến máu), nếu là hai người thì để riêng.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
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
        <source>First record</source>
        <translation>Hồ sơ thứ nhất</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Hồ sơ thứ hai</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Lý do quyết định</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>CMND</source>
        <translation>CMND</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
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
        <source>Donations at the center</source>
        <translation>Các lần hiến trung tâm đã nhận</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Nơi ghi nhận</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Cùng một người</translation>
    </message>
    <message>
        <source>{name}: why are the two records one person?</source>
        <translation>{name}: vì sao hai hồ sơ là cùng một người?</translation>
    </message>
    <message>
        <source>{name}: the two records are one person now.</source>
        <translation>{name}: hai hồ sơ nay đã gộp thành một người.</translation>
    </message>
    <message>
        <source>Two people</source>
        <translation>Hai người khác nhau</translation>
    </message>
    <message>
        <source>{name}: why are these two different people?</source>
        <translation>{name}: vì sao đây là hai người khác nhau?</translation>
    </message>
    <message>
        <source>{name}: kept as two people.</source>
        <translation>{name}: giữ là hai người khác nhau.</translation>
    </message>
</context>
<context>
    <name>CenterValues</name>
    <message>
        <source>Too soon after another donation of this person</source>
        <translation>Hiến quá sớm sau một lần hiến khác của người này</translation>
    </message>
    <message>
        <source>The person was deferred at another drive on that date</source>
        <translation>Người hiến đang bị hoãn hiến (theo một đợt hiến máu khác) vào ngày đó</translation>
    </message>
    <message>
        <source>The registry&apos;s deferral was in force on that date</source>
        <translation>Danh sách người hiến của trung tâm ghi hoãn hiến còn hiệu lực vào ngày đó</translation>
    </message>
    <message>
        <source>Its DIN is on another unit too</source>
        <translation>Mã DIN của đơn vị trùng với một đơn vị khác</translation>
    </message>
    <message>
        <source>Its certificate serial is on another certificate too</source>
        <translation>Số sê-ri giấy chứng nhận trùng với một giấy chứng nhận khác</translation>
    </message>
    <message>
        <source>held</source>
        <translation>đang cách ly</translation>
    </message>
    <message>
        <source>released</source>
        <translation>đã cho lưu hành</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>đã hủy bỏ</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đủ điều kiện hiến</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>đã nhập trước đó</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>cần xem lại</translation>
    </message>
    <message>
        <source>two people</source>
        <translation>hai người khác nhau</translation>
    </message>
    <message>
        <source>one person (merged)</source>
        <translation>cùng một người (đã gộp)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <source>Repeat-reactive in the laboratory, not confirmed yet</source>
        <translation>Phản ứng lặp lại tại phòng xét nghiệm, chưa khẳng định</translation>
    </message>
    <message>
        <source>Confirmed positive in the laboratory</source>
        <translation>Dương tính khẳng định tại phòng xét nghiệm</translation>
    </message>
    <message>
        <source>HBsAg</source>
        <translation>HBsAg</translation>
    </message>
    <message>
        <source>anti-HCV</source>
        <translation>anti-HCV</translation>
    </message>
    <message>
        <source>anti-HIV</source>
        <translation>anti-HIV</translation>
    </message>
    <message>
        <source>syphilis</source>
        <translation>giang mai</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>reactive</source>
        <translation>phản ứng</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>chưa xét nghiệm</translation>
    </message>
    <message>
        <source>Other results</source>
        <translation>Kết quả khác</translation>
    </message>
    <message>
        <source>Other blood group</source>
        <translation>Nhóm máu khác</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>cần quyết định</translation>
    </message>
    <message>
        <source>recorded kept</source>
        <translation>giữ như đã ghi nhận</translation>
    </message>
    <message>
        <source>laboratory&apos;s taken</source>
        <translation>lấy theo phòng xét nghiệm</translation>
    </message>
    <message>
        <source>to notify</source>
        <translation>cần thông báo</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>đã thông báo</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>không còn cần thông báo</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>qua điện thoại</translation>
    </message>
    <message>
        <source>by text message (SMS, Zalo)</source>
        <translation>qua tin nhắn (SMS, Zalo)</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>bằng thư</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>trực tiếp</translation>
    </message>
    <message>
        <source>accepted and merged</source>
        <translation>được nhận và đã hợp nhất</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>chưa giải quyết</translation>
    </message>
    <message>
        <source>times outside the drive&apos;s day</source>
        <translation>thời gian nằm ngoài ngày của đợt hiến máu</translation>
    </message>
    <message>
        <source>a time in the future</source>
        <translation>thời gian ở tương lai</translation>
    </message>
    <message>
        <source>a DIN outside its device&apos;s block</source>
        <translation>mã DIN nằm ngoài dải số DIN của thiết bị</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>người hiến</translation>
    </message>
    <message>
        <source>blood unit</source>
        <translation>đơn vị máu</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>phiếu số thứ tự</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>khám sàng lọc</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>đợt hiến máu</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>giấy chứng nhận</translation>
    </message>
    <message>
        <source>DIN label</source>
        <translation>nhãn DIN</translation>
    </message>
    <message>
        <source>label roll</source>
        <translation>cuộn nhãn</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>nhân viên</translation>
    </message>
    <message>
        <source>end-of-day note</source>
        <translation>ghi chú cuối ngày</translation>
    </message>
    <message>
        <source>donation in the chair</source>
        <translation>ca hiến đang lấy máu</translation>
    </message>
    <message>
        <source>rule set</source>
        <translation>bộ quy tắc</translation>
    </message>
    <message>
        <source>audit trail entry</source>
        <translation>mục nhật ký thao tác</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>cài đặt</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>bản cài đặt này</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>máy tính</translation>
    </message>
    <message>
        <source>staff role</source>
        <translation>vai trò nhân viên</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>đăng nhập</translation>
    </message>
    <message>
        <source>questionnaire draft</source>
        <translation>bản nháp phiếu hỏi</translation>
    </message>
    <message>
        <source>numbers kept unused after a restore</source>
        <translation>số không cấp lại sau khi khôi phục</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>tệp xuất</translation>
    </message>
    <message>
        <source>site file received</source>
        <translation>tệp nhận từ điểm hiến</translation>
    </message>
    <message>
        <source>drive package installed</source>
        <translation>gói đợt hiến đã cài</translation>
    </message>
    <message>
        <source>drive package written</source>
        <translation>gói đợt hiến đã tạo</translation>
    </message>
    <message>
        <source>registry import</source>
        <translation>lần nhập danh sách người hiến</translation>
    </message>
    <message>
        <source>drive assignment</source>
        <translation>phân công đợt hiến</translation>
    </message>
    <message>
        <source>block of numbers</source>
        <translation>dải số</translation>
    </message>
    <message>
        <source>conflicting change</source>
        <translation>thay đổi xung đột</translation>
    </message>
    <message>
        <source>possible same person</source>
        <translation>nghi trùng người</translation>
    </message>
    <message>
        <source>held unit</source>
        <translation>đơn vị máu bị giữ</translation>
    </message>
    <message>
        <source>lab results file</source>
        <translation>tệp kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>lab difference</source>
        <translation>khác biệt xét nghiệm</translation>
    </message>
    <message>
        <source>donor notice</source>
        <translation>thông báo cho người hiến</translation>
    </message>
    <message>
        <source>audit chain anchor</source>
        <translation>mốc chuỗi nhật ký</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>CMND</source>
        <translation>CMND</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>ABO group</source>
        <translation>nhóm máu ABO</translation>
    </message>
    <message>
        <source>Rh</source>
        <translation>Rh</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>volume (ml)</source>
        <translation>thể tích (ml)</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>donation type</source>
        <translation>loại hiến</translation>
    </message>
    <message>
        <source>bag type</source>
        <translation>loại túi</translation>
    </message>
    <message>
        <source>bag lot</source>
        <translation>lô túi</translation>
    </message>
    <message>
        <source>started at</source>
        <translation>bắt đầu lúc</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>kết thúc lúc</translation>
    </message>
    <message>
        <source>deferred until</source>
        <translation>hoãn đến</translation>
    </message>
    <message>
        <source>deferral reason</source>
        <translation>lý do hoãn</translation>
    </message>
    <message>
        <source>permanent deferral</source>
        <translation>hoãn vĩnh viễn</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>state</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>số sê-ri</translation>
    </message>
    <message>
        <source>haemoglobin</source>
        <translation>huyết sắc tố</translation>
    </message>
    <message>
        <source>weight (kg)</source>
        <translation>cân nặng (kg)</translation>
    </message>
    <message>
        <source>reason abandoned</source>
        <translation>lý do bỏ dở</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>audit chain hash</source>
        <translation>mã băm chuỗi nhật ký</translation>
    </message>
    <message>
        <source>audit chain place</source>
        <translation>vị trí chuỗi nhật ký</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lô nhập</translation>
    </message>
    <message>
        <source>first registry stored in bulk since</source>
        <translation>bắt đầu lưu danh sách lần đầu lúc</translation>
    </message>
    <message>
        <source>size (bytes)</source>
        <translation>dung lượng (byte)</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>chiến dịch</translation>
    </message>
    <message>
        <source>other campaign</source>
        <translation>chiến dịch khác</translation>
    </message>
    <message>
        <source>checked in at</source>
        <translation>giờ tiếp đón</translation>
    </message>
    <message>
        <source>checked in by</source>
        <translation>người tiếp đón</translation>
    </message>
    <message>
        <source>version chosen</source>
        <translation>phiên bản được chọn</translation>
    </message>
    <message>
        <source>closed at</source>
        <translation>giờ kết thúc</translation>
    </message>
    <message>
        <source>closed by</source>
        <translation>người kết thúc</translation>
    </message>
    <message>
        <source>decided at</source>
        <translation>giờ quyết định</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>người quyết định</translation>
    </message>
    <message>
        <source>reason for the decision</source>
        <translation>lý do quyết định</translation>
    </message>
    <message>
        <source>desk letter</source>
        <translation>chữ cái của bàn</translation>
    </message>
    <message>
        <source>laptop name</source>
        <translation>tên máy</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>huyết áp tâm trương</translation>
    </message>
    <message>
        <source>first DIN of the block</source>
        <translation>DIN đầu của dải</translation>
    </message>
    <message>
        <source>last DIN of the block</source>
        <translation>DIN cuối của dải</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>bác sĩ</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>số lần hiến</translation>
    </message>
    <message>
        <source>first donor</source>
        <translation>người hiến thứ nhất</translation>
    </message>
    <message>
        <source>second donor</source>
        <translation>người hiến thứ hai</translation>
    </message>
    <message>
        <source>donor&apos;s deferral before</source>
        <translation>hoãn hiến trước đó</translation>
    </message>
    <message>
        <source>donor&apos;s history before</source>
        <translation>lịch sử hiến trước đó</translation>
    </message>
    <message>
        <source>duration confirmed</source>
        <translation>đã xác nhận thời gian lấy máu</translation>
    </message>
    <message>
        <source>enrolled at</source>
        <translation>ngày đăng ký máy</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>giai đoạn</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>first number</source>
        <translation>số đầu</translation>
    </message>
    <message>
        <source>first row</source>
        <translation>dòng đầu</translation>
    </message>
    <message>
        <source>for the laptop</source>
        <translation>cho máy</translation>
    </message>
    <message>
        <source>haemoglobin (g/l)</source>
        <translation>huyết sắc tố (g/l)</translation>
    </message>
    <message>
        <source>haemoglobin method</source>
        <translation>cách đo huyết sắc tố</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>các phiên bản</translation>
    </message>
    <message>
        <source>last sign of life</source>
        <translation>lần cuối còn chạy</translation>
    </message>
    <message>
        <source>incarnation</source>
        <translation>phiên bản cài đặt</translation>
    </message>
    <message>
        <source>integrity code</source>
        <translation>mã toàn vẹn</translation>
    </message>
    <message>
        <source>items</source>
        <translation>các mục</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>mã khóa</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>drive, FIN or serial prefix</source>
        <translation>đợt hiến máu, FIN hoặc tiền tố sê-ri</translation>
    </message>
    <message>
        <source>desk letter or year</source>
        <translation>chữ cái của bàn hoặc năm</translation>
    </message>
    <message>
        <source>known from</source>
        <translation>căn cứ</translation>
    </message>
    <message>
        <source>laboratory&apos;s ABO group</source>
        <translation>nhóm máu ABO theo xét nghiệm</translation>
    </message>
    <message>
        <source>laboratory&apos;s Rh</source>
        <translation>Rh theo xét nghiệm</translation>
    </message>
    <message>
        <source>label prints</source>
        <translation>số lần in nhãn</translation>
    </message>
    <message>
        <source>last number</source>
        <translation>số cuối</translation>
    </message>
    <message>
        <source>last change number</source>
        <translation>số thay đổi cuối</translation>
    </message>
    <message>
        <source>last donation</source>
        <translation>lần hiến gần nhất</translation>
    </message>
    <message>
        <source>last donation type</source>
        <translation>loại hiến gần nhất</translation>
    </message>
    <message>
        <source>last row</source>
        <translation>dòng cuối</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>lý do ra về</translation>
    </message>
    <message>
        <source>left in good health</source>
        <translation>ra về khỏe mạnh</translation>
    </message>
    <message>
        <source>line</source>
        <translation>dòng</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>số dòng</translation>
    </message>
    <message>
        <source>changed here at</source>
        <translation>giờ sửa tại máy</translation>
    </message>
    <message>
        <source>how</source>
        <translation>cách báo</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>loại giấy</translation>
    </message>
    <message>
        <source>name for searching</source>
        <translation>tên để tìm kiếm</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>notified by</source>
        <translation>người báo</translation>
    </message>
    <message>
        <source>notified on</source>
        <translation>ngày báo</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>order</source>
        <translation>thứ tự</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>đơn vị tổ chức</translation>
    </message>
    <message>
        <source>label origin</source>
        <translation>nguồn nhãn</translation>
    </message>
    <message>
        <source>rules overridden</source>
        <translation>quy tắc bị bỏ qua</translation>
    </message>
    <message>
        <source>reason for overriding</source>
        <translation>lý do không theo đề xuất</translation>
    </message>
    <message>
        <source>details</source>
        <translation>chi tiết</translation>
    </message>
    <message>
        <source>person</source>
        <translation>người hiến</translation>
    </message>
    <message>
        <source>nurse at the chair</source>
        <translation>điều dưỡng lấy máu</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>tiền tố</translation>
    </message>
    <message>
        <source>times printed</source>
        <translation>số lần in</translation>
    </message>
    <message>
        <source>printed at</source>
        <translation>giờ in</translation>
    </message>
    <message>
        <source>printed by</source>
        <translation>người in</translation>
    </message>
    <message>
        <source>proposed decision</source>
        <translation>kết luận đề xuất</translation>
    </message>
    <message>
        <source>proposed deferral until</source>
        <translation>đề xuất hoãn đến</translation>
    </message>
    <message>
        <source>proposed volume (ml)</source>
        <translation>thể tích đề xuất (ml)</translation>
    </message>
    <message>
        <source>province code</source>
        <translation>mã tỉnh</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh, thành phố</translation>
    </message>
    <message>
        <source>pulse</source>
        <translation>mạch</translation>
    </message>
    <message>
        <source>regular pulse</source>
        <translation>mạch đều</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>phiếu hỏi</translation>
    </message>
    <message>
        <source>questionnaire at</source>
        <translation>giờ làm phiếu hỏi</translation>
    </message>
    <message>
        <source>questionnaire by</source>
        <translation>người làm phiếu hỏi</translation>
    </message>
    <message>
        <source>queue letter</source>
        <translation>chữ của số thứ tự</translation>
    </message>
    <message>
        <source>queue number</source>
        <translation>số thứ tự</translation>
    </message>
    <message>
        <source>rare blood</source>
        <translation>nhóm máu hiếm</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>phản ứng</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>xử trí</translation>
    </message>
    <message>
        <source>reaction at</source>
        <translation>giờ phản ứng</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>mức độ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>các lý do</translation>
    </message>
    <message>
        <source>encryption recipient</source>
        <translation>khóa nhận mã hóa</translation>
    </message>
    <message>
        <source>record</source>
        <translation>bản ghi</translation>
    </message>
    <message>
        <source>recorded ABO group</source>
        <translation>nhóm máu ABO đã ghi</translation>
    </message>
    <message>
        <source>recorded Rh</source>
        <translation>Rh đã ghi</translation>
    </message>
    <message>
        <source>donations in the registry</source>
        <translation>số lần hiến theo danh sách</translation>
    </message>
    <message>
        <source>registry imported at</source>
        <translation>giờ nhập danh sách</translation>
    </message>
    <message>
        <source>last donation in the registry</source>
        <translation>lần hiến gần nhất theo danh sách</translation>
    </message>
    <message>
        <source>last donation type in the registry</source>
        <translation>loại hiến gần nhất theo danh sách</translation>
    </message>
    <message>
        <source>reserve club</source>
        <translation>câu lạc bộ hiến máu dự bị</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>cách giải quyết</translation>
    </message>
    <message>
        <source>resolved at</source>
        <translation>giờ giải quyết</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>người giải quyết</translation>
    </message>
    <message>
        <source>reason revoked</source>
        <translation>lý do thu hồi</translation>
    </message>
    <message>
        <source>revoked at</source>
        <translation>giờ thu hồi</translation>
    </message>
    <message>
        <source>revoked by</source>
        <translation>người thu hồi</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>rule set checksum</source>
        <translation>mã kiểm tra bộ quy tắc</translation>
    </message>
    <message>
        <source>rule set version</source>
        <translation>phiên bản bộ quy tắc</translation>
    </message>
    <message>
        <source>from change</source>
        <translation>từ thay đổi</translation>
    </message>
    <message>
        <source>to change</source>
        <translation>đến thay đổi</translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation>số thứ tự nhãn</translation>
    </message>
    <message>
        <source>checksum (SHA-256)</source>
        <translation>mã kiểm tra (SHA-256)</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>khóa ký</translation>
    </message>
    <message>
        <source>single row</source>
        <translation>dòng duy nhất</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>mã điểm hiến</translation>
    </message>
    <message>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>import in progress</source>
        <translation>lần nhập đang chờ</translation>
    </message>
    <message>
        <source>rows staged</source>
        <translation>số dòng đang chờ</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>số nhà, đường</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>huyết áp tâm thu</translation>
    </message>
    <message>
        <source>target units</source>
        <translation>số đơn vị dự kiến</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>nhiệt độ (°C)</translation>
    </message>
    <message>
        <source>tested on</source>
        <translation>ngày xét nghiệm</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>version</source>
        <translation>phiên bản</translation>
    </message>
    <message>
        <source>reason voided</source>
        <translation>lý do hủy</translation>
    </message>
    <message>
        <source>ward code</source>
        <translation>mã phường, xã</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>phường, xã</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>số chữ số</translation>
    </message>
    <message>
        <source>written at</source>
        <translation>giờ ghi</translation>
    </message>
    <message>
        <source>written by</source>
        <translation>người ghi</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>imported at</source>
        <translation>giờ nhập</translation>
    </message>
    <message>
        <source>imported by</source>
        <translation>người nhập</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>loại bản ghi</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>last folder used</source>
        <translation>thư mục dùng gần nhất</translation>
    </message>
    <message>
        <source>facility&apos;s name</source>
        <translation>tên cơ sở</translation>
    </message>
    <message>
        <source>center&apos;s contact line</source>
        <translation>thông tin liên hệ của trung tâm</translation>
    </message>
    <message>
        <source>drive shown last</source>
        <translation>đợt hiến đang mở</translation>
    </message>
    <message>
        <source>station shown last</source>
        <translation>bàn đang mở</translation>
    </message>
    <message>
        <source>minutes between backups</source>
        <translation>số phút giữa hai lần sao lưu</translation>
    </message>
    <message>
        <source>administrator&apos;s backup key</source>
        <translation>khóa sao lưu của quản trị viên</translation>
    </message>
    <message>
        <source>queue tickets printed</source>
        <translation>in phiếu số thứ tự</translation>
    </message>
    <message>
        <source>queue ticket printer</source>
        <translation>máy in phiếu số thứ tự</translation>
    </message>
    <message>
        <source>sample tubes</source>
        <translation>số ống mẫu</translation>
    </message>
    <message>
        <source>certificate paper</source>
        <translation>giấy in chứng nhận</translation>
    </message>
    <message>
        <source>certificates printed to</source>
        <translation>nơi in chứng nhận</translation>
    </message>
    <message>
        <source>shortest collection (minutes)</source>
        <translation>thời gian lấy máu ngắn nhất (phút)</translation>
    </message>
    <message>
        <source>longest collection (minutes)</source>
        <translation>thời gian lấy máu dài nhất (phút)</translation>
    </message>
    <message>
        <source>changes the center acknowledged</source>
        <translation>thay đổi trung tâm đã xác nhận</translation>
    </message>
    <message>
        <source>center&apos;s encryption key</source>
        <translation>khóa mã hóa của trung tâm</translation>
    </message>
    <message>
        <source>center&apos;s escrow key</source>
        <translation>khóa lưu giữ của trung tâm</translation>
    </message>
    <message>
        <source>center&apos;s signing key</source>
        <translation>khóa ký của trung tâm</translation>
    </message>
    <message>
        <source>rule set&apos;s validation table</source>
        <translation>bảng kiểm định bộ quy tắc</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>label sets per print</source>
        <translation>số bộ nhãn mỗi lần in</translation>
    </message>
    <message>
        <source>label layout</source>
        <translation>cách xếp nhãn</translation>
    </message>
    <message>
        <source>labels printed to</source>
        <translation>nơi in nhãn</translation>
    </message>
    <message>
        <source>label printer</source>
        <translation>máy in nhãn</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>tiếp đón</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>lấy máu</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>pre-printed form offset of {printer}</source>
        <translation>độ lệch mẫu in sẵn của {printer}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>không đủ</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>không lấy được máu</translation>
    </message>
    <message>
        <source>deferred for a time</source>
        <translation>hoãn có thời hạn</translation>
    </message>
    <message>
        <source>deferred permanently</source>
        <translation>hoãn vĩnh viễn</translation>
    </message>
    <message>
        <source>waiting for screening</source>
        <translation>chờ khám</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>hoãn hiến</translation>
    </message>
    <message>
        <source>donated</source>
        <translation>đã hiến</translation>
    </message>
    <message>
        <source>left</source>
        <translation>đã rời đi</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>danh sách người hiến</translation>
    </message>
    <message>
        <source>single bag</source>
        <translation>túi đơn</translation>
    </message>
    <message>
        <source>double bag</source>
        <translation>túi đôi</translation>
    </message>
    <message>
        <source>triple bag</source>
        <translation>túi ba</translation>
    </message>
    <message>
        <source>quadruple bag</source>
        <translation>túi bốn</translation>
    </message>
    <message>
        <source>immediate vasovagal reaction</source>
        <translation>phản ứng cường phế vị tức thì</translation>
    </message>
    <message>
        <source>immediate vasovagal reaction with fainting</source>
        <translation>phản ứng cường phế vị tức thì, có ngất</translation>
    </message>
    <message>
        <source>delayed vasovagal reaction</source>
        <translation>phản ứng cường phế vị muộn</translation>
    </message>
    <message>
        <source>delayed vasovagal reaction with fainting</source>
        <translation>phản ứng cường phế vị muộn, có ngất</translation>
    </message>
    <message>
        <source>haematoma</source>
        <translation>tụ máu</translation>
    </message>
    <message>
        <source>arterial puncture</source>
        <translation>chọc vào động mạch</translation>
    </message>
    <message>
        <source>nerve injury</source>
        <translation>tổn thương thần kinh</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>nhẹ</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>vừa</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>nặng</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>âm tính</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>dương tính</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>không làm</translation>
    </message>
    <message>
        <source>quick meter</source>
        <translation>máy đo nhanh</translation>
    </message>
    <message>
        <source>copper sulphate</source>
        <translation>đồng sunfat</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>đã giữ số</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>đã cấp</translation>
    </message>
    <message>
        <source>blank paper</source>
        <translation>giấy trắng</translation>
    </message>
    <message>
        <source>pre-printed form</source>
        <translation>phôi in sẵn</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>đã cấp phát</translation>
    </message>
    <message>
        <source>used</source>
        <translation>đã dùng</translation>
    </message>
    <message>
        <source>printed here</source>
        <translation>in tại chỗ</translation>
    </message>
    <message>
        <source>pre-printed roll</source>
        <translation>cuộn in sẵn</translation>
    </message>
    <message>
        <source>started</source>
        <translation>đang lấy máu</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>đã ghi nhận</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>đã bỏ</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>check-in clerk</source>
        <translation>nhân viên tiếp đón</translation>
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
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>device {device}</source>
        <translation>thiết bị {device}</translation>
    </message>
</context>
<context>
    <name>CenterWindow</name>
    <message>
        <source>HMTN Desk — Provincial blood center</source>
        <translation>HMTN Desk — Trung tâm truyền máu tỉnh</translation>
    </message>
    <message>
        <source>Files from the sites</source>
        <translation>Tệp từ các cơ sở</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Quarantined units</source>
        <translation>Đơn vị máu cách ly</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>People to review</source>
        <translation>Người cần xem lại</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Người hiến</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Kết quả xét nghiệm</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>Người cần thông báo</translation>
    </message>
    <message>
        <source>Drive calendar</source>
        <translation>Lịch đợt hiến máu</translation>
    </message>
    <message>
        <source>Packages for the laptops</source>
        <translation>Gói dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation>&amp;Trung tâm</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Nhân viên</translation>
    </message>
    <message>
        <source>&amp;Staff list…</source>
        <translation>&amp;Danh sách nhân viên…</translation>
    </message>
    <message>
        <source>&amp;Add a staff member…</source>
        <translation>&amp;Thêm nhân viên…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Nhật ký thao tác…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About HMTN Desk…</source>
        <translation>&amp;Giới thiệu HMTN Desk…</translation>
    </message>
    <message>
        <source>Provincial center · {devices} devices · {held} units held · {conflicts} conflicts · {reviews} people to review</source>
        <translation>Trung tâm truyền máu tỉnh · {devices} thiết bị · {held} đơn vị cách ly · {conflicts} xung đột · {reviews} người cần xem lại</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>device {device} ({name}) of site {site}</source>
        <translation>máy {device} ({name}) của cơ sở {site}</translation>
    </message>
    <message>
        <source>Not a certificate&apos;s QR text: it starts with HMTN2| or HMTN1|.</source>
        <translation>Đây không phải nội dung mã QR của giấy chứng nhận: nội dung đó bắt đầu bằng HMTN2| hoặc HMTN1|.</translation>
    </message>
    <message>
        <source>An HMTN1 certificate (printed before certificates were signed): only the center&apos;s register can check it (--db with the center&apos;s database).</source>
        <translation>Giấy chứng nhận HMTN1 (in trước khi giấy chứng nhận có chữ ký số): chỉ sổ cấp của trung tâm mới kiểm tra được (--db với cơ sở dữ liệu của trung tâm).</translation>
    </message>
    <message>
        <source>Cannot be checked: key {key} is the key of no laptop known here (a laptop the center has not enrolled, or an invented certificate).</source>
        <translation>Không kiểm tra được: khóa {key} không phải khóa của máy nào đã biết ở đây (máy chưa được trung tâm đăng ký, hoặc giấy chứng nhận bịa đặt).</translation>
    </message>
    <message>
        <source>Not valid: its code, donation or DIN are not those of the certificate of this serial in the center&apos;s register: altered or invented.</source>
        <translation>Không hợp lệ: mã kiểm tra, lần hiến hoặc DIN không khớp với giấy chứng nhận có số sê-ri này trong sổ cấp của trung tâm: đã bị sửa hoặc bịa đặt.</translation>
    </message>
    <message>
        <source>Not valid: the text is not what {device} signed with key {key}: the certificate was altered or invented.</source>
        <translation>Không hợp lệ: nội dung không phải là nội dung {device} đã ký bằng khóa {key}: giấy chứng nhận đã bị sửa hoặc bịa đặt.</translation>
    </message>
    <message>
        <source>Voided on {date}: {reason}</source>
        <translation>Đã hủy ngày {date}: {reason}</translation>
    </message>
    <message>
        <source>Voided on {date} (the reason is kept at the center).</source>
        <translation>Đã hủy ngày {date} (lý do lưu tại trung tâm).</translation>
    </message>
    <message>
        <source>Cannot be trusted without the center: signed by {device}, a laptop revoked on {date} ({reason}); its key may be in other hands. Only the center&apos;s register can vouch for it.</source>
        <translation>Không thể tin cậy nếu không có trung tâm: được ký bởi {device}, máy đã bị thu hồi ngày {date} ({reason}); khóa của máy có thể đã lọt vào tay người khác. Chỉ sổ cấp của trung tâm mới xác nhận được.</translation>
    </message>
    <message>
        <source>Not confirmed: the center has no certificate {serial}. Either the site&apos;s files with it have not reached the center yet, or it was invented.</source>
        <translation>Chưa xác nhận được: trung tâm không có giấy chứng nhận {serial}. Hoặc tệp dữ liệu của cơ sở có giấy này chưa về đến trung tâm, hoặc giấy này bị bịa đặt.</translation>
    </message>
    <message>
        <source>Signed by {device}, but the center has no certificate {serial}: either the site&apos;s files with it have not reached the center yet, or it was made with that laptop&apos;s key by someone else.</source>
        <translation>Được ký bởi {device}, nhưng trung tâm không có giấy chứng nhận {serial}: hoặc tệp dữ liệu của cơ sở có giấy này chưa về đến trung tâm, hoặc người khác đã dùng khóa của máy đó để làm giấy.</translation>
    </message>
    <message>
        <source>Valid, but an HMTN1 certificate proves less: its serial, donation and DIN are those of a certificate in the center&apos;s register; its code covers neither the name, the volume nor the date: compare them with the register&apos;s below.</source>
        <translation>Hợp lệ, nhưng giấy chứng nhận HMTN1 chứng minh được ít hơn: số sê-ri, lần hiến và DIN khớp với một giấy trong sổ cấp của trung tâm; mã kiểm tra không bảo vệ họ tên, lượng máu và ngày hiến: hãy đối chiếu các thông tin đó với sổ cấp bên dưới.</translation>
    </message>
    <message>
        <source>Valid: issued by {device}, key {key}.</source>
        <translation>Hợp lệ: do {device} cấp, khóa {key}.</translation>
    </message>
    <message>
        <source>{ml} ml</source>
        <translation>{ml} ml</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Người hiến</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lượng máu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày hiến</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Donor (register)</source>
        <translation>Người hiến (sổ cấp)</translation>
    </message>
    <message>
        <source>Volume (register)</source>
        <translation>Lượng máu (sổ cấp)</translation>
    </message>
    <message>
        <source>Date (register)</source>
        <translation>Ngày hiến (sổ cấp)</translation>
    </message>
    <message>
        <source>In the register as reserved, its printing never confirmed: ask the site whether it was handed out.</source>
        <translation>Trong sổ cấp ở trạng thái đã giữ số, chưa xác nhận in: hãy hỏi cơ sở xem giấy đã được trao chưa.</translation>
    </message>
    <message>
        <source>In the register: issued, not voided.</source>
        <translation>Trong sổ cấp: đã cấp, chưa hủy.</translation>
    </message>
    <message>
        <source>Its laptop was revoked on {date} ({reason}).</source>
        <translation>Máy cấp giấy đã bị thu hồi ngày {date} ({reason}).</translation>
    </message>
    <message>
        <source>The signature is sound, but the center&apos;s records now hold other values (corrected after printing?):</source>
        <translation>Chữ ký hợp lệ, nhưng hồ sơ của trung tâm hiện ghi giá trị khác (đã sửa sau khi in?):</translation>
    </message>
</context>
<context>
    <name>CertificateCheckDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <source>Scan the QR code of the certificate (or paste its text), then Enter: it is checked against the keys of the laptops enrolled here and the register.</source>
        <translation>Quét mã QR trên giấy chứng nhận (hoặc dán nội dung của mã), rồi nhấn Enter: giấy được kiểm tra theo khóa của các máy đã đăng ký ở đây và theo sổ cấp.</translation>
    </message>
    <message>
        <source>HMTN2|…</source>
        <translation>HMTN2|…</translation>
    </message>
</context>
<context>
    <name>CertificateScreen</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>blank paper (whole certificate, A5)</source>
        <translation>giấy trắng (in cả giấy chứng nhận, A5)</translation>
    </message>
    <message>
        <source>pre-printed forms (values only)</source>
        <translation>phôi in sẵn (chỉ in nội dung)</translation>
    </message>
    <message>
        <source>serial of the first form in the printer</source>
        <translation>số sê-ri của phôi đầu tiên trong máy in</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>Print the selected</source>
        <translation>In các dòng đã chọn</translation>
    </message>
    <message>
        <source>Print all not yet issued</source>
        <translation>In tất cả giấy chưa cấp</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Reprint the selected</source>
        <translation>In lại các dòng đã chọn</translation>
    </message>
    <message>
        <source>Void the selected…</source>
        <translation>Hủy các giấy đã chọn…</translation>
    </message>
    <message>
        <source>Thank-you slips</source>
        <translation>Phiếu cảm ơn</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>cuộn 80 mm</translation>
    </message>
    <message>
        <source>Register (PDF)</source>
        <translation>Sổ cấp (PDF)</translation>
    </message>
    <message>
        <source>Register for the center (CSV)…</source>
        <translation>Sổ cấp gửi trung tâm (CSV)…</translation>
    </message>
    <message>
        <source>Calibrate the forms…</source>
        <translation>Căn chỉnh phôi…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy in</translation>
    </message>
    <message>
        <source>First serial</source>
        <translation>Số sê-ri đầu</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Gửi tới</translation>
    </message>
    <message>
        <source>Complete donations: {total} · certificates not yet issued: {pending}</source>
        <translation>Lần hiến máu đủ: {total} · chưa cấp giấy chứng nhận: {pending}</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>chưa cấp</translation>
    </message>
    <message>
        <source>{serial}: reserved, never confirmed</source>
        <translation>{serial}: đã giữ số, chưa xác nhận in</translation>
    </message>
    <message>
        <source>{serial} issued (printed {times}×)</source>
        <translation>{serial} đã cấp (đã in {times} lần)</translation>
    </message>
    <message>
        <source>{count} certificates voided; their serials stay used.</source>
        <translation>Đã hủy {count} giấy chứng nhận; các số sê-ri vẫn được tính là đã dùng.</translation>
    </message>
    <message>
        <source>Not printed: cancelled</source>
        <translation>Chưa in: đã hủy bỏ</translation>
    </message>
    <message>
        <source>Cancelled; the reserved serials were voided, none was issued.</source>
        <translation>Đã hủy bỏ; các số sê-ri đã giữ đều bị hủy, chưa cấp giấy nào.</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>Chưa in: {error}</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Chưa in gì.</translation>
    </message>
    <message>
        <source>Saved {what}: {path}</source>
        <translation>Đã lưu {what}: {path}</translation>
    </message>
    <message>
        <source>Printed {what}.</source>
        <translation>Đã in {what}.</translation>
    </message>
    <message>
        <source>Choose donations that have no certificate yet.</source>
        <translation>Chọn các lần hiến chưa có giấy chứng nhận.</translation>
    </message>
    <message>
        <source>{count} certificates issued: {first} to {last}.</source>
        <translation>Đã cấp {count} giấy chứng nhận: từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>Choose certificates already issued.</source>
        <translation>Chọn các giấy chứng nhận đã cấp.</translation>
    </message>
    <message>
        <source>{count} certificates printed again.</source>
        <translation>Đã in lại {count} giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Void certificates</source>
        <translation>Hủy giấy chứng nhận</translation>
    </message>
    <message>
        <source>Why are they voided? The serials stay used.</source>
        <translation>Lý do hủy? Số sê-ri vẫn được coi là đã dùng.</translation>
    </message>
    <message>
        <source>The certificates could not be printed; the reserved serials were voided, none was issued.</source>
        <translation>Không in được giấy chứng nhận; các số sê-ri đã giữ đều bị hủy, chưa cấp giấy nào.</translation>
    </message>
    <message>
        <source>Choose the donors to print slips for.</source>
        <translation>Chọn người hiến cần in phiếu cảm ơn.</translation>
    </message>
    <message>
        <source>the thank-you slips of {count} donors</source>
        <translation>phiếu cảm ơn cho {count} người hiến</translation>
    </message>
    <message>
        <source>Certificate register — drive {code}</source>
        <translation>Sổ cấp giấy chứng nhận — đợt {code}</translation>
    </message>
    <message>
        <source>the certificate register</source>
        <translation>sổ cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Register for the center</source>
        <translation>Sổ cấp gửi trung tâm</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>{count} register lines written.</source>
        <translation>Đã ghi {count} dòng sổ cấp.</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>e.g. Viện Huyết học - Truyền máu Trung ương</source>
        <translation>ví dụ: Viện Huyết học - Truyền máu Trung ương</translation>
    </message>
    <message>
        <source>e.g. Hotline 1900 xxxx · 14 Trần Thái Tông, Hà Nội</source>
        <translation>ví dụ: Đường dây nóng 1900 xxxx · 14 Trần Thái Tông, Hà Nội</translation>
    </message>
    <message>
        <source>Collecting facility</source>
        <translation>Cơ sở tiếp nhận máu</translation>
    </message>
    <message>
        <source>Contact line on the thank-you slip</source>
        <translation>Dòng liên hệ trên phiếu cảm ơn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ChairModel</name>
    <message>
        <source>Started on another laptop of the drive</source>
        <translation>Bắt đầu trên một máy khác của đợt hiến máu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
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
        <source>Print the queue ticket</source>
        <translation>In phiếu số thứ tự</translation>
    </message>
    <message>
        <source>Donors found: {count}</source>
        <translation>Tìm thấy: {count} người hiến</translation>
    </message>
    <message>
        <source>The first {count} donors found; type more to narrow the search</source>
        <translation>{count} người hiến đầu tiên tìm thấy; gõ thêm để thu hẹp kết quả</translation>
    </message>
    <message>
        <source>The queue ticket was not printed: {detail}</source>
        <translation>Chưa in được phiếu số thứ tự: {detail}</translation>
    </message>
    <message>
        <source>Queue tickets print on the roll printer only, and none was chosen: this ticket was not printed and ticket printing is now off. Tick &quot;Print the queue ticket&quot; again once the roll printer is connected.</source>
        <translation>Phiếu số thứ tự chỉ in trên máy in cuộn, mà chưa chọn máy in cuộn nào: phiếu này chưa được in và việc in phiếu số thứ tự đã tắt. Khi đã nối máy in cuộn, hãy đánh dấu lại ô “In phiếu số thứ tự”.</translation>
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
        <source>End-of-day report of drive {code} ({pages} pages): {path}</source>
        <translation>Báo cáo tổng kết đợt {code} ({pages} trang): {path}</translation>
    </message>
    <message>
        <source>--donors takes a number from {low} to {high}.</source>
        <translation>--donors nhận một số từ {low} đến {high}.</translation>
    </message>
    <message>
        <source>Demo database written: {path}</source>
        <translation>Đã tạo cơ sở dữ liệu mẫu: {path}</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Không tìm thấy tệp: {path}</translation>
    </message>
    <message>
        <source>{path} cannot be used as a rule set:</source>
        <translation>Không dùng được {path} làm bộ tiêu chuẩn:</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}); the DINs stay allocated to the drive and can be reprinted.</source>
        <translation>Không ghi được {path} ({error}); các mã DIN vẫn thuộc đợt hiến máu và có thể in lại.</translation>
    </message>
    <message>
        <source>{count} label sets ({pages} pages): {first} to {last}, in {path}</source>
        <translation>{count} bộ nhãn ({pages} trang): từ {first} đến {last}, trong {path}</translation>
    </message>
    <message>
        <source>Issued certificates carry their own serials: print them again one by one, or use --pending.</source>
        <translation>Giấy đã cấp có số sê-ri riêng: hãy in lại từng giấy, hoặc dùng --pending.</translation>
    </message>
    <message>
        <source>No certificate to print.</source>
        <translation>Không có giấy chứng nhận nào cần in.</translation>
    </message>
    <message>
        <source>Not printed: the command was refused</source>
        <translation>Chưa in: lệnh bị từ chối</translation>
    </message>
    <message>
        <source>Not printed: {path} could not be written ({error})</source>
        <translation>Chưa in: không ghi được {path} ({error})</translation>
    </message>
    <message>
        <source>Export no. {number} (changes after {first} up to {last}): {records}.</source>
        <translation>Tệp xuất số {number} (các thay đổi sau {first} đến hết {last}): {records}.</translation>
    </message>
    <message>
        <source>Signature: {path}</source>
        <translation>Chữ ký: {path}</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}).</source>
        <translation>Không ghi được {path} ({error}).</translation>
    </message>
    <message>
        <source>Something went wrong and the command did not finish. Everything saved before is safe. Details were written to {log}.</source>
        <translation>Đã xảy ra lỗi và lệnh chưa chạy xong. Mọi dữ liệu đã lưu trước đó vẫn an toàn. Chi tiết đã được ghi vào {log}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file, or rebuild it with --reset.</source>
        <translation>{path} đã tồn tại; hãy chọn tệp khác, hoặc tạo lại bằng --reset.</translation>
    </message>
    <message>
        <source>{path} is not a demo database; it was left as it is.</source>
        <translation>{path} không phải cơ sở dữ liệu mẫu; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Demo database rebuilt: {path}</source>
        <translation>Đã tạo lại cơ sở dữ liệu mẫu: {path}</translation>
    </message>
    <message>
        <source>Not printed: the command was interrupted or failed</source>
        <translation>Chưa in: lệnh bị ngắt hoặc bị lỗi</translation>
    </message>
    <message>
        <source>{count} certificates ({pages} pages), serials {first} to {last}: {path}</source>
        <translation>{count} giấy chứng nhận ({pages} trang), số {first} đến {last}: {path}</translation>
    </message>
    <message>
        <source>Preview only: nothing was entered in the register.</source>
        <translation>Chỉ xem trước: chưa ghi gì vào sổ cấp.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>Không đọc được {path} ({error}).</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Nhập lại lần nữa: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>Hai lần nhập cụm mật khẩu không khớp; chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>Passphrase of the center&apos;s keys: </source>
        <translation>Cụm mật khẩu cho các khóa của trung tâm: </translation>
    </message>
    <message>
        <source>{file}: rejected: {reason}</source>
        <translation>{file}: bị từ chối: {reason}</translation>
    </message>
    <message>
        <source>{file}: imported before; nothing new.</source>
        <translation>{file}: đã nhập trước đó; không có gì mới.</translation>
    </message>
    <message>
        <source>{file}: accepted (site {site}, device {device}, export {number})</source>
        <translation>{file}: được nhận (cơ sở {site}, thiết bị {device}, tệp xuất số {number})</translation>
    </message>
    <message>
        <source>  records: {new} new, {unchanged} unchanged, {updated} updated, {conflicting} conflicting</source>
        <translation>  bản ghi: {new} mới, {unchanged} không đổi, {updated} cập nhật, {conflicting} xung đột</translation>
    </message>
    <message>
        <source>  units quarantined: {quarantined}; people merged: {merged}; to review: {reviews}; values held: {held}; flags (clocks, DIN blocks): {flags}</source>
        <translation>  đơn vị máu cách ly: {quarantined}; người được gộp: {merged}; cần xem lại: {reviews}; giá trị bị giữ lại: {held}; cảnh báo (giờ, dải số DIN): {flags}</translation>
    </message>
    <message>
        <source>  audit trail: no chain head in the file (an earlier version).</source>
        <translation>  nhật ký thao tác: tệp không có đầu chuỗi (phiên bản cũ).</translation>
    </message>
    <message>
        <source>  audit trail: continues the device&apos;s chain ({checked} entries).</source>
        <translation>  nhật ký thao tác: nối tiếp đúng chuỗi của máy ({checked} mục).</translation>
    </message>
    <message>
        <source>  audit trail: {restore}</source>
        <translation>  nhật ký thao tác: {restore}</translation>
    </message>
    <message>
        <source>  audit trail BROKEN (device {device}): {problem}</source>
        <translation>  nhật ký thao tác BỊ ĐỨT (máy {device}): {problem}</translation>
    </message>
    <message>
        <source>{files} files: {accepted} accepted, {already} imported before, {rejected} rejected.</source>
        <translation>{files} tệp: {accepted} được nhận, {already} đã nhập trước đó, {rejected} bị từ chối.</translation>
    </message>
    <message>
        <source>There is no passphrase file {path}.</source>
        <translation>Không có tệp cụm mật khẩu {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a passphrase file.</source>
        <translation>{path} là một thư mục, không phải tệp cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Passphrase of the escrow key (Enter: the same): </source>
        <translation>Cụm mật khẩu của khóa dự phòng (Enter: dùng cùng cụm mật khẩu): </translation>
    </message>
    <message>
        <source>Center database: {path}</source>
        <translation>Cơ sở dữ liệu của trung tâm: {path}</translation>
    </message>
    <message>
        <source>Keep escrow-key.age and its passphrase offline, away from this computer: the center database does not hold the escrow key.</source>
        <translation>Hãy cất giữ escrow-key.age và cụm mật khẩu của nó ngoại tuyến, tách khỏi máy tính này: cơ sở dữ liệu của trung tâm không lưu khóa dự phòng.</translation>
    </message>
    <message>
        <source>Keys written to {path}</source>
        <translation>Đã ghi các khóa vào {path}</translation>
    </message>
    <message>
        <source>Device {device} enrolled again: {name}, desk {letter} (its name, desk letter and age key as the new file says).</source>
        <translation>Đã đăng ký lại thiết bị {device}: {name}, bàn {letter} (tên, chữ cái của bàn và khóa age theo tệp mới).</translation>
    </message>
    <message>
        <source>Device {device} enrolled: site {site}, {name}, desk {letter}, FIN {fin}, DINs {first} to {last}.</source>
        <translation>Đã đăng ký thiết bị {device}: cơ sở {site}, {name}, bàn {letter}, FIN {fin}, DIN từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>Its enrolment file is of an older version, without the laptop&apos;s age key: the center writes it no drive package until it enrols again (hmtn device enrol).</source>
        <translation>Tệp đăng ký của máy thuộc phiên bản cũ, không có khóa age của máy: trung tâm sẽ không lập gói dữ liệu nào cho máy này cho đến khi máy đăng ký lại (hmtn device enrol).</translation>
    </message>
    <message>
        <source>Signing key {key_id}, fingerprint {fingerprint}</source>
        <translation>Khóa ký {key_id}, dấu vân tay {fingerprint}</translation>
    </message>
    <message>
        <source>Device {device} revoked: its files are rejected from now on.</source>
        <translation>Đã thu hồi thiết bị {device}: từ nay các tệp của thiết bị này sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Why is the device revoked (lost, stolen, retired…)? </source>
        <translation>Vì sao thu hồi thiết bị (mất, bị đánh cắp, không dùng nữa…)? </translation>
    </message>
    <message>
        <source>no reason given (revoked from the command line)</source>
        <translation>không ghi lý do (thu hồi bằng dòng lệnh)</translation>
    </message>
    <message>
        <source>No devices enrolled yet.</source>
        <translation>Chưa có thiết bị nào được đăng ký.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bàn</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>Dải số DIN</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>The center&apos;s keys are installed; compare their fingerprints with the center&apos;s:</source>
        <translation>Đã cài đặt các khóa của trung tâm; hãy so dấu vân tay của chúng với dấu vân tay do trung tâm cung cấp:</translation>
    </message>
    <message>
        <source>Device {device} of site {site}, desk {letter}, DINs {first} to {last}.</source>
        <translation>Thiết bị {device} của cơ sở {site}, bàn {letter}, DIN từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>Enrolment written to {path}</source>
        <translation>Đã ghi tệp đăng ký thiết bị vào {path}</translation>
    </message>
    <message>
        <source>New incarnation {incarnation}, epoch {epoch}; the next export is number {number} or later.</source>
        <translation>Đã bắt đầu phiên cài đặt mới {incarnation} (sau khôi phục lần {epoch}); tệp xuất tiếp theo mang số {number} trở lên.</translation>
    </message>
    <message>
        <source>{files} files: {accepted} imported, {already} imported before, {refused} refused.</source>
        <translation>{files} tệp: {accepted} đã nhập, {already} đã nhập trước đó, {refused} bị từ chối.</translation>
    </message>
    <message>
        <source>Package {number} for {device} ({site}, {name}): {persons} people ({deferred} deferred), {drives} planned drives, {blocks} number blocks.</source>
        <translation>Gói số {number} cho {device} ({site}, {name}): {persons} người ({deferred} người đang bị hoãn/loại), {drives} đợt hiến máu đã lên kế hoạch, {blocks} dải số.</translation>
    </message>
    <message>
        <source>{count} people are left out: no CCCD or old CMND of theirs can go on a registry line (a number missing, or one another person carries too). Put their records right at the center.</source>
        <translation>{count} người không được đưa vào gói: không có số CCCD hay CMND cũ nào của họ ghi được vào danh sách (thiếu số, hoặc số trùng với người khác). Hãy sửa lại hồ sơ của họ tại trung tâm.</translation>
    </message>
    <message>
        <source>Of them, {count} are deferred: no laptop learns of their deferral until their records carry a CCCD or an old CMND. Put these first.</source>
        <translation>Trong số đó có {count} người đang bị hoãn hiến: chưa máy trạm nào biết việc hoãn này cho đến khi hồ sơ của họ có CCCD hoặc CMND cũ. Hãy sửa những hồ sơ này trước.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the package file (.hmtn.age) inside it.</source>
        <translation>{path} là một thư mục: hãy chọn tệp gói dữ liệu (.hmtn.age) bên trong.</translation>
    </message>
    <message>
        <source>Checking the center&apos;s signature and opening the package</source>
        <translation>Đang kiểm tra chữ ký của trung tâm và mở gói dữ liệu</translation>
    </message>
    <message>
        <source>Checking the package&apos;s registry</source>
        <translation>Đang kiểm tra danh sách người hiến trong gói</translation>
    </message>
    <message>
        <source>Storing the new donors</source>
        <translation>Đang lưu người hiến mới</translation>
    </message>
    <message>
        <source>No password: this command needs --password-file FILE when it is not run at a terminal.</source>
        <translation>Chưa có mật khẩu: khi không chạy tại cửa sổ dòng lệnh, lệnh này cần --password-file TỆP.</translation>
    </message>
    <message>
        <source>{path} is not encrypted yet: create its administrator first (open it in HMTN Desk, or run this command again with --create --user NAME --full-name &quot;FULL NAME&quot;).</source>
        <translation>{path} chưa được mã hóa: hãy tạo quản trị viên cho nó trước (mở bằng HMTN Desk, hoặc chạy lại lệnh này với --create --user TÊN --full-name &quot;HỌ VÀ TÊN&quot;).</translation>
    </message>
    <message>
        <source>Who is signing in? Add --user NAME (and, in a script, --password-file FILE).</source>
        <translation>Ai đang đăng nhập? Hãy thêm --user TÊN (và, trong kịch bản tự động, --password-file TỆP).</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>Mật khẩu của {user}: </translation>
    </message>
    <message>
        <source>New administrator {user}, choose a password: </source>
        <translation>Quản trị viên mới {user}, hãy chọn mật khẩu: </translation>
    </message>
    <message>
        <source>{path} is encrypted; its administrator is {user}.</source>
        <translation>{path} đã được mã hóa; quản trị viên là {user}.</translation>
    </message>
    <message>
        <source>Passphrase of the escrow key: </source>
        <translation>Cụm mật khẩu của khóa dự phòng: </translation>
    </message>
    <message>
        <source>New password of {user}: </source>
        <translation>Mật khẩu mới của {user}: </translation>
    </message>
    <message>
        <source>Key file written: {path}. Put it beside the laptop&apos;s database, named {name}; then {user} signs in with the new password.</source>
        <translation>Đã ghi tệp khóa: {path}. Hãy đặt tệp này cạnh cơ sở dữ liệu của máy, với tên {name}; sau đó {user} đăng nhập bằng mật khẩu mới.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: {error}</source>
        <translation>Không kiểm tra được nhật ký thao tác: {error}</translation>
    </message>
    <message>
        <source>Audit trail intact: {checked} entries checked ({devices} devices).</source>
        <translation>Nhật ký thao tác nguyên vẹn: đã kiểm tra {checked} mục ({devices} máy).</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: {checked} entries checked, {broken} broken links.</source>
        <translation>Nhật ký thao tác BỊ ĐỨT: đã kiểm tra {checked} mục, {broken} chỗ đứt.</translation>
    </message>
    <message>
        <source>First broken link: {what}</source>
        <translation>Chỗ đứt đầu tiên: {what}</translation>
    </message>
    <message>
        <source>Entry id: {entry}</source>
        <translation>Mã mục: {entry}</translation>
    </message>
    <message>
        <source>Nothing was repaired. Keep this laptop as it is and call the provincial center: it holds the chain&apos;s anchor from this laptop&apos;s exports.</source>
        <translation>Chưa sửa gì cả. Hãy giữ nguyên máy này và gọi cho trung tâm tỉnh: trung tâm giữ mốc của chuỗi từ các lần xuất dữ liệu của máy này.</translation>
    </message>
    <message>
        <source>{count} entries received before the chain existed could not be checked.</source>
        <translation>{count} mục nhận được trước khi có chuỗi không kiểm tra được.</translation>
    </message>
    <message>
        <source>Say what to check against: --db with the center&apos;s database, or --keys with the center&apos;s published keys file and --center-key with its public key.</source>
        <translation>Hãy cho biết kiểm tra theo đâu: --db với cơ sở dữ liệu của trung tâm, hoặc --keys với tệp khóa trung tâm công bố và --center-key với khóa công khai của trung tâm.</translation>
    </message>
    <message>
        <source>--keys needs --center-key: the center&apos;s public key (center.minisign.pub), as the center published it, which must have signed the keys file.</source>
        <translation>--keys cần có --center-key: khóa công khai của trung tâm (center.minisign.pub) đúng như trung tâm đã công bố, khóa phải là khóa đã ký tệp khóa.</translation>
    </message>
    <message>
        <source>Checked against the center&apos;s keys file of {date}: {path}</source>
        <translation>Đã kiểm tra theo tệp khóa của trung tâm ngày {date}: {path}</translation>
    </message>
    <message>
        <source>The keys of {devices} devices ({revoked} revoked) and {voided} voided certificates, signed by the center.</source>
        <translation>Khóa của {devices} máy ({revoked} máy đã thu hồi) và {voided} giấy chứng nhận đã hủy, có chữ ký của trung tâm.</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size}, for {count} keys)</source>
        <translation>Đã ghi bản sao lưu đã mã hóa: {path} ({size}, cho {count} khóa)</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size})</source>
        <translation>Đã ghi bản sao lưu: {path} ({size})</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Chưa có bản sao lưu nào trong {folder}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>The administrator&apos;s backup key was written to {path}. Keep it away from this laptop: a USB backup opens only with it (or the center&apos;s key).</source>
        <translation>Đã ghi khóa sao lưu của quản trị viên vào {path}. Hãy cất giữ xa máy này: bản sao lưu trên USB chỉ mở được bằng khóa này (hoặc khóa của trung tâm).</translation>
    </message>
    <message>
        <source>Backup {file}</source>
        <translation>Bản sao lưu {file}</translation>
    </message>
    <message>
        <source>Restored. The database as it was before is kept as {path}.</source>
        <translation>Đã khôi phục. Cơ sở dữ liệu trước khi khôi phục được giữ lại tại {path}.</translation>
    </message>
    <message>
        <source>This laptop now exchanges with the center as a new incarnation ({incarnation}).</source>
        <translation>Từ nay máy này trao đổi dữ liệu với trung tâm theo phiên cài đặt mới ({incarnation}).</translation>
    </message>
    <message>
        <source>Nothing was restored: confirm with --yes when no one is at a terminal to answer.</source>
        <translation>Chưa khôi phục gì cả: khi không có người trả lời tại cửa sổ dòng lệnh, hãy xác nhận bằng --yes.</translation>
    </message>
    <message>
        <source>Restore it? The current database is kept aside. Type yes to restore: </source>
        <translation>Khôi phục bản này? Cơ sở dữ liệu hiện tại sẽ được giữ lại riêng. Gõ yes (hoặc có) để khôi phục: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Chưa khôi phục gì cả.</translation>
    </message>
</context>
<context>
    <name>CollectionQueueModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Được duyệt</translation>
    </message>
</context>
<context>
    <name>CollectionScreen</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Phút</translation>
    </message>
    <message>
        <source>Correct the selected unit…</source>
        <translation>Sửa đơn vị máu đã chọn…</translation>
    </message>
    <message>
        <source>Units recorded at this drive</source>
        <translation>Đơn vị máu đã ghi tại điểm hiến máu này</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>không đủ</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>không lấy được</translation>
    </message>
    <message>
        <source>Waiting to give: {count}</source>
        <translation>Chờ lấy máu: {count}</translation>
    </message>
    <message>
        <source>In the chair: {count}</source>
        <translation>Đang lấy máu: {count}</translation>
    </message>
    <message>
        <source>No. {number} — {name} — approved {volume} ml</source>
        <translation>STT {number} — {name} — được duyệt {volume} ml</translation>
    </message>
    <message>
        <source>Choose a donor from the queue (Enter)</source>
        <translation>Chọn người hiến trong hàng chờ (Enter)</translation>
    </message>
    <message>
        <source>Unit corrected: No. {number} {name} — {outcome}, {volume} ml, DIN {din}</source>
        <translation>Đã sửa đơn vị máu: STT {number} {name} — {outcome}, {volume} ml, DIN {din}</translation>
    </message>
    <message>
        <source>Take out of the chair</source>
        <translation>Hủy ca lấy máu đang dở</translation>
    </message>
    <message>
        <source>Why is the donation of No. {number} {name} not going on?</source>
        <translation>Vì sao không tiếp tục lấy máu cho STT {number} {name}?</translation>
    </message>
    <message>
        <source>Taken out of the chair: No. {number} {name} waits to give again.</source>
        <translation>Đã hủy ca lấy máu đang dở: STT {number} {name} trở lại hàng chờ lấy máu.</translation>
    </message>
    <message>
        <source>Recorded: No. {number} {name} left without giving.</source>
        <translation>Đã ghi: STT {number} {name} đã về, không lấy máu.</translation>
    </message>
    <message>
        <source>Record the donation with this collection time?</source>
        <translation>Vẫn lưu đơn vị máu với thời gian lấy máu này?</translation>
    </message>
    <message>
        <source>Unusual collection time</source>
        <translation>Thời gian lấy máu bất thường</translation>
    </message>
    <message>
        <source>Left without giving</source>
        <translation>Về không lấy máu</translation>
    </message>
    <message>
        <source>Why did No. {number} {name} leave?</source>
        <translation>Vì sao STT {number} {name} ra về?</translation>
    </message>
    <message>
        <source>Recorded: No. {number} {name} — {outcome}, {volume} ml, DIN {din}</source>
        <translation>Đã lưu: STT {number} {name} — {outcome}, {volume} ml, DIN {din}</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Cài đặt lấy máu</translation>
    </message>
    <message>
        <source>Facility identification number (FIN)</source>
        <translation>Mã cơ sở (FIN)</translation>
    </message>
    <message>
        <source>Sample tube labels per set</source>
        <translation>Số nhãn ống mẫu mỗi bộ</translation>
    </message>
    <message>
        <source>Confirm a collection shorter than (minutes)</source>
        <translation>Hỏi xác nhận khi lấy máu ngắn hơn (phút)</translation>
    </message>
    <message>
        <source>Confirm a collection longer than (minutes)</source>
        <translation>Hỏi xác nhận khi lấy máu lâu hơn (phút)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Password and PIN: {name}</source>
        <translation>Mật khẩu và mã PIN: {name}</translation>
    </message>
    <message>
        <source>No PIN (switching person by PIN is off)</source>
        <translation>Không dùng mã PIN (không đổi người bằng mã PIN)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Mã PIN mới (4 đến 8 chữ số)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <source>A PIN is set: leave the PIN empty to keep it.</source>
        <translation>Đã có mã PIN: để trống ô mã PIN nếu muốn giữ nguyên.</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>Chưa có mã PIN.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>DecidedModel</name>
    <message>
        <source>override</source>
        <translation>vượt quy tắc</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>&amp;Accept (Ctrl+Enter)</source>
        <translation>&amp;Đủ điều kiện (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>temporary, until</source>
        <translation>tạm thời, đến ngày</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>vĩnh viễn</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Defer (Ctrl+D)</source>
        <translation>&amp;Hoãn hiến (Ctrl+D)</translation>
    </message>
    <message>
        <source>Required to override a rule, or to defer when no rule calls for it</source>
        <translation>Bắt buộc khi vượt một tiêu chuẩn, hoặc khi hoãn mà tiêu chuẩn không yêu cầu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Kết luận của bác sĩ</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Cho hiến</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the proposal.</source>
        <translation>Sửa các ô được đánh dấu để xem đề xuất.</translation>
    </message>
</context>
<context>
    <name>DeskAccess</name>
    <message>
        <source>S&amp;witch person…</source>
        <translation>Đổi &amp;người…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>&amp;Change my password / PIN…</source>
        <translation>Đổi &amp;mật khẩu / mã PIN của tôi…</translation>
    </message>
</context>
<context>
    <name>DeskFields</name>
    <message>
        <source>A to Z, a different letter on each laptop of the site</source>
        <translation>Từ A đến Z, mỗi máy của cơ sở một chữ cái khác nhau</translation>
    </message>
    <message>
        <source>on queue tickets (B12), serials and drive codes</source>
        <translation>dùng trong số thứ tự (B12), số sê-ri và mã đợt</translation>
    </message>
    <message>
        <source>Desk letter</source>
        <translation>Chữ cái của bàn</translation>
    </message>
    <message>
        <source>DIN block of this laptop</source>
        <translation>Dải số DIN của máy này</translation>
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
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>With no key pressed and no click for this long, the screen locks itself.</source>
        <translation>Không có ai bấm phím hay nhấp chuột trong khoảng thời gian này thì màn hình tự khóa.</translation>
    </message>
    <message>
        <source>Lock the screen when idle for</source>
        <translation>Tự khóa màn hình sau khi không dùng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>DonationFields</name>
    <message>
        <source>Scan the DIN on the bag</source>
        <translation>Quét mã DIN trên túi máu</translation>
    </message>
    <message>
        <source>single</source>
        <translation>đơn</translation>
    </message>
    <message>
        <source>double</source>
        <translation>đôi</translation>
    </message>
    <message>
        <source>triple</source>
        <translation>ba</translation>
    </message>
    <message>
        <source>quadruple</source>
        <translation>bốn</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>số lô</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>gg:pp</translation>
    </message>
    <message>
        <source>End now (F8)</source>
        <translation>Kết thúc lúc này (F8)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>không đủ</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>không lấy được</translation>
    </message>
    <message>
        <source>&amp;Record the donation (Ctrl+Enter)</source>
        <translation>&amp;Lưu đơn vị máu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Take out of the chair…</source>
        <translation>Hủy ca lấy máu đang dở…</translation>
    </message>
    <message>
        <source>The donor left without giving…</source>
        <translation>Người hiến đã về, không lấy máu…</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Túi</translation>
    </message>
    <message>
        <source>Volume collected (ml)</source>
        <translation>Thể tích lấy được (ml)</translation>
    </message>
    <message>
        <source>Start → end</source>
        <translation>Bắt đầu → kết thúc</translation>
    </message>
    <message>
        <source>Phlebotomist</source>
        <translation>Người lấy máu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>DIN {din} ✓</source>
        <translation>DIN {din} ✓</translation>
    </message>
    <message>
        <source>{minutes} min — outside {min} to {max} min</source>
        <translation>{minutes} phút — ngoài khoảng {min} đến {max} phút</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
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
        <source>never (permanent deferral)</source>
        <translation>không (loại vĩnh viễn)</translation>
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
        <source>Create the drive</source>
        <translation>Tạo đợt hiến máu</translation>
    </message>
</context>
<context>
    <name>DriveFields</name>
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
</context>
<context>
    <name>DriveHeader</name>
    <message>
        <source>Drive {code} · {date} · {place}, {address}</source>
        <translation>Đợt {code} · {date} · {place}, {address}</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export the day&apos;s records for the center</source>
        <translation>Xuất dữ liệu trong ngày gửi trung tâm</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the export file</source>
        <translation>Chọn USB (hoặc thư mục) để ghi tệp xuất dữ liệu</translation>
    </message>
    <message>
        <source>Every change up to export no. {number} is at the center.</source>
        <translation>Mọi thay đổi đến lần xuất số {number} đã có ở trung tâm.</translation>
    </message>
    <message>
        <source>Every change up to {time} is at the center.</source>
        <translation>Mọi thay đổi đến {time} đã có ở trung tâm.</translation>
    </message>
    <message>
        <source>Writing the records of this laptop, encrypted for the provincial center and signed, to {folder}. Do not remove the USB stick yet.</source>
        <translation>Đang ghi dữ liệu của máy này (đã mã hóa cho trung tâm truyền máu tỉnh và đã ký) vào {folder}. Chưa được rút USB.</translation>
    </message>
    <message>
        <source>Export no. {number} is written and checked.</source>
        <translation>Đã ghi và kiểm tra tệp xuất số {number}.</translation>
    </message>
    <message>
        <source>File written: {file}
Its signature is beside it: {signature}
{records} records. The USB stick is safe to remove; take both files to the center.</source>
        <translation>Tệp đã ghi: {file}
Tệp chữ ký nằm cạnh nó: {signature}
{records} bản ghi. Có thể rút USB an toàn; mang cả hai tệp về trung tâm.</translation>
    </message>
    <message>
        <source>No export file was written.</source>
        <translation>Chưa ghi được tệp xuất dữ liệu nào.</translation>
    </message>
    <message>
        <source>Cancelled: no file was left on the stick.</source>
        <translation>Đã hủy: không để lại tệp nào trên USB.</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Đang kiểm tra {file}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>FinDialog</name>
    <message>
        <source>Facility identification number</source>
        <translation>Mã cơ sở (FIN)</translation>
    </message>
    <message>
        <source>The FIN that ICCBBA assigned to the collecting facility (one letter or digit and 4 digits, e.g. A1234):</source>
        <translation>Mã FIN do ICCBBA cấp cho cơ sở lấy máu (một chữ cái hoặc chữ số và 4 chữ số, ví dụ A1234):</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator — HMTN Desk</source>
        <translation>Tạo quản trị viên — HMTN Desk</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>Mã PIN (4 đến 8 chữ số)</translation>
    </message>
    <message>
        <source>Nobody can use this database without signing in. The administrator created now adds the other staff and their passwords. The database is then encrypted: without a password it cannot be read, even when the laptop or the file is stolen. Keep the password safe: only the provincial center can recover a database whose passwords are all forgotten.</source>
        <translation>Không ai dùng được cơ sở dữ liệu này nếu chưa đăng nhập. Quản trị viên tạo bây giờ sẽ thêm các nhân viên khác và mật khẩu của họ. Sau đó cơ sở dữ liệu được mã hóa: không có mật khẩu thì không đọc được, kể cả khi máy tính hay tệp bị lấy cắp. Hãy giữ mật khẩu cẩn thận: nếu mọi người đều quên mật khẩu, chỉ trung tâm truyền máu tỉnh mới khôi phục được.</translation>
    </message>
    <message>
        <source>Create and encrypt</source>
        <translation>Tạo và mã hóa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>The administrator of {file}</source>
        <translation>Quản trị viên của {file}</translation>
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
    <name>IntegrityCheck</name>
    <message>
        <source>The check of this laptop&apos;s database file found damage. Some records may be missing or unreadable, and what is saved now may be lost.

What to do: stop registering donors on this laptop, restore the latest backup (menu Backups, Restore from a backup…) and call the provincial center; tell them the details below.

Details: {details}</source>
        <translation>Kiểm tra tệp cơ sở dữ liệu của máy này phát hiện tệp bị hỏng. Một số hồ sơ có thể bị thiếu hoặc không đọc được, và những gì lưu bây giờ có thể bị mất.

Cần làm: ngừng đăng ký người hiến máu trên máy này, khôi phục bản sao lưu gần nhất (menu Sao lưu, Khôi phục từ bản sao lưu…) và gọi điện cho trung tâm tỉnh; báo cho họ các chi tiết dưới đây.

Chi tiết: {details}</translation>
    </message>
    <message>
        <source>The database file could not be checked: {reason}</source>
        <translation>Không kiểm tra được tệp cơ sở dữ liệu: {reason}</translation>
    </message>
    <message>
        <source>Database file check</source>
        <translation>Kiểm tra tệp cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels — drive {code}</source>
        <translation>Nhãn — đợt {code}</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>Allocate and print new label sets</source>
        <translation>Cấp mã và in bộ nhãn mới</translation>
    </message>
    <message>
        <source>Reprint the selected</source>
        <translation>In lại mã đã chọn</translation>
    </message>
    <message>
        <source>Void the selected unused DIN…</source>
        <translation>Hủy mã DIN chưa dùng đã chọn…</translation>
    </message>
    <message>
        <source>Label sets</source>
        <translation>Số bộ nhãn</translation>
    </message>
    <message>
        <source>Sample tube labels per set</source>
        <translation>Số nhãn ống mẫu mỗi bộ</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Khổ nhãn</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Gửi tới</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>Dải số DIN</translation>
    </message>
    <message>
        <source>DINs of this drive</source>
        <translation>Các mã DIN của đợt này</translation>
    </message>
    <message>
        <source>{block} (this laptop&apos;s; another laptop has another)</source>
        <translation>{block} (của máy này; máy khác có dải khác)</translation>
    </message>
    <message>
        <source>{block} (the center&apos;s block for this drive): {left} left</source>
        <translation>{block} (dải trung tâm cấp cho đợt này): còn {left} số</translation>
    </message>
    <message>
        <source>{block} (this laptop&apos;s): {left} left in {year}</source>
        <translation>{block} (của máy này): còn {left} số trong năm {year}</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>chưa dùng</translation>
    </message>
    <message>
        <source>used</source>
        <translation>đã dùng</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>{din} [{check}] — {status}, printed {times}×</source>
        <translation>{din} [{check}] — {status}, đã in {times} lần</translation>
    </message>
    <message>
        <source>Choose an unused DIN to void.</source>
        <translation>Chọn một mã DIN chưa dùng để hủy.</translation>
    </message>
    <message>
        <source>Void DIN</source>
        <translation>Hủy mã DIN</translation>
    </message>
    <message>
        <source>Why is it voided (spoilt, lost, …)?</source>
        <translation>Lý do hủy (nhãn hỏng, mất, …)?</translation>
    </message>
    <message>
        <source>{count} DINs voided.</source>
        <translation>Đã hủy {count} mã DIN.</translation>
    </message>
    <message>
        <source>{count} label sets sent.</source>
        <translation>Đã gửi {count} bộ nhãn.</translation>
    </message>
    <message>
        <source>Cancelled. The DINs stay allocated, never printed; reprint them from the list or void them at the end of the day.</source>
        <translation>Đã hủy bỏ. Các mã DIN vẫn thuộc đợt hiến máu nhưng chưa in; hãy in lại từ danh sách hoặc hủy chúng khi tổng kết cuối ngày.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — HMTN Desk</source>
        <translation>Đã khóa — HMTN Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Mã PIN hoặc mật khẩu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Locked by {name} at {time}.</source>
        <translation>{name} đã khóa màn hình lúc {time}.</translation>
    </message>
    <message>
        <source>{name} unlocks with their PIN; anyone else signs in with their own user name and password.</source>
        <translation>{name} mở khóa bằng mã PIN của mình; người khác đăng nhập bằng tên đăng nhập và mật khẩu của chính họ.</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Màn hình đang khóa</translation>
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
        <source>Screening</source>
        <translation>Khám sàng lọc</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Lấy máu</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
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
        <source>&amp;Labels…</source>
        <translation>&amp;Nhãn mã DIN…</translation>
    </message>
    <message>
        <source>Pre-printed label &amp;roll…</source>
        <translation>&amp;Cuộn nhãn in sẵn…</translation>
    </message>
    <message>
        <source>&amp;End of day and close the drive…</source>
        <translation>&amp;Tổng kết và kết thúc đợt hiến máu…</translation>
    </message>
    <message>
        <source>E&amp;xport the day&apos;s records for the center…</source>
        <translation>&amp;Xuất dữ liệu trong ngày gửi trung tâm…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>&amp;Bàn làm việc</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Tiếp đón</translation>
    </message>
    <message>
        <source>&amp;Screening</source>
        <translation>&amp;Khám sàng lọc</translation>
    </message>
    <message>
        <source>C&amp;ollection</source>
        <translation>&amp;Lấy máu</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates</source>
        <translation>&amp;Giấy chứng nhận</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Danh sách người hiến</translation>
    </message>
    <message>
        <source>Install the drive &amp;package from the center…</source>
        <translation>Cài &amp;gói dữ liệu từ trung tâm…</translation>
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
        <source>&amp;Staff list…</source>
        <translation>&amp;Danh sách nhân viên…</translation>
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
        <source>&amp;Set up this site…</source>
        <translation>&amp;Thiết lập ban đầu cho cơ sở…</translation>
    </message>
    <message>
        <source>This &amp;device…</source>
        <translation>&amp;Thiết bị này…</translation>
    </message>
    <message>
        <source>Set the c&amp;enter&apos;s keys…</source>
        <translation>Cài &amp;khóa của trung tâm…</translation>
    </message>
    <message>
        <source>Eligibility &amp;rule set…</source>
        <translation>Bộ &amp;tiêu chuẩn hiến máu…</translation>
    </message>
    <message>
        <source>&amp;Collection (FIN, labels, time limit)…</source>
        <translation>&amp;Lấy máu (FIN, nhãn, thời gian)…</translation>
    </message>
    <message>
        <source>Cer&amp;tificates (facility, contact)…</source>
        <translation>&amp;Giấy chứng nhận (cơ sở, liên hệ)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Nhật ký thao tác…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About HMTN Desk…</source>
        <translation>&amp;Giới thiệu HMTN Desk…</translation>
    </message>
    <message>
        <source>&amp;Rebuild the demo database</source>
        <translation>&amp;Tạo lại cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Drive {code} on {date} · {place} · {count} donors in the registry</source>
        <translation>Đợt {code} ngày {date} · {place} · {count} người trong danh sách</translation>
    </message>
    <message>
        <source> · CLOSED: records can no longer change, only be amended</source>
        <translation> · ĐÃ KẾT THÚC: không thêm được dữ liệu, chỉ sửa có lý do</translation>
    </message>
    <message>
        <source>The donation open at the collection station has input that is not recorded yet: it will be lost.</source>
        <translation>Ca lấy máu đang mở ở bàn lấy máu có thông tin chưa được lưu: thông tin này sẽ mất.</translation>
    </message>
    <message>
        <source>Donations in the chair on this laptop, not yet recorded: {count}. They are kept and listed again when the app opens.</source>
        <translation>Số ca đang lấy máu trên máy này, chưa ghi nhận: {count}. Các ca này vẫn được giữ và hiện lại khi mở phần mềm.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Vẫn đóng?</translation>
    </message>
    <message>
        <source>Close HMTN Desk</source>
        <translation>Đóng HMTN Desk</translation>
    </message>
</context>
<context>
    <name>MeasurementFields</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>tâm thu</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>tâm trương</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>lần/phút</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>đều</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>quick meter</source>
        <translation>máy đo nhanh</translation>
    </message>
    <message>
        <source>copper sulphate</source>
        <translation>đồng sunfat</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— chưa ghi —</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>âm tính</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>dương tính</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>không làm</translation>
    </message>
    <message>
        <source>°C (optional)</source>
        <translation>°C (không bắt buộc)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Cân nặng</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Huyết áp</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Mạch</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Huyết sắc tố</translation>
    </message>
    <message>
        <source>HBsAg rapid test</source>
        <translation>Xét nghiệm nhanh HBsAg</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Bác sĩ khám</translation>
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
        <source>{count} digits: a CCCD has 12 digits, an old CMND 9 or 12, a mobile number 10. Check the number.</source>
        <translation>{count} chữ số: số CCCD có 12 chữ số, CMND cũ 9 hoặc 12, số di động 10. Hãy kiểm tra lại số.</translation>
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
        <source>Number {value} arrives with the registry being imported right now: wait until the import has finished, then search for the donor again.</source>
        <translation>Số {value} nằm trong danh sách đang được nhập: hãy chờ nhập xong rồi tìm lại người hiến.</translation>
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
        <source>The database is busy: another program (a registry import, perhaps) is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác (có thể đang nhập danh sách) đang ghi vào. Chưa có gì thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>A registry import is storing a whole registry on this laptop, or removing one that did not go through: nothing can be saved until it is done. Nothing was changed; try again in a few minutes, once the import has finished.</source>
        <translation>Máy đang nhập danh sách người hiến: đang lưu cả danh sách, hoặc gỡ bỏ một danh sách chưa nhập xong; chưa lưu được gì cho đến khi xong. Chưa có gì thay đổi; hãy thử lại sau vài phút, khi việc nhập danh sách đã xong.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space (empty the recycle bin, remove old files), then try again.</source>
        <translation>Ổ đĩa đã đầy: chưa lưu được gì. Hãy giải phóng bớt dung lượng (dọn thùng rác, xóa tệp cũ) rồi thử lại.</translation>
    </message>
    <message>
        <source>Entry {position} of device {device} (written {at}) was changed after it was written: its content no longer matches the chain.</source>
        <translation>Mục {position} của máy {device} (ghi lúc {at}) đã bị sửa sau khi ghi: nội dung không còn khớp với chuỗi.</translation>
    </message>
    <message>
        <source>Entries of device {device} are missing before entry {position} (written {at}): the chain should go on from entry {expected}. They were deleted.</source>
        <translation>Thiếu các mục của máy {device} trước mục {position} (ghi lúc {at}): chuỗi lẽ ra phải tiếp từ mục {expected}. Các mục này đã bị xoá.</translation>
    </message>
    <message>
        <source>Device {device} has two entries at place {position} of its chain (one written {at}): one of them was added afterwards.</source>
        <translation>Máy {device} có hai mục cùng ở vị trí {position} của chuỗi (một mục ghi lúc {at}): một trong hai mục được thêm vào sau.</translation>
    </message>
    <message>
        <source>An entry written {at} ({entry}) is in no chain: it was added outside the application.</source>
        <translation>Mục ghi lúc {at} ({entry}) không thuộc chuỗi nào: mục này được thêm vào từ bên ngoài phần mềm.</translation>
    </message>
    <message>
        <source>The last entries of device {device} are missing: the chain ends before entry {expected}, and this laptop recorded entry {position} as its last.</source>
        <translation>Thiếu các mục cuối của máy {device}: chuỗi dừng trước mục {expected}, trong khi máy này ghi nhận mục {position} là mục cuối.</translation>
    </message>
    <message>
        <source>Device {device} has entries after the last one it recorded (up to entry {position}): they were added outside the application.</source>
        <translation>Máy {device} có các mục sau mục cuối mà máy ghi nhận (đến mục {position}): các mục này được thêm vào từ bên ngoài phần mềm.</translation>
    </message>
    <message>
        <source>The file&apos;s audit trail of device {device} does not continue the chain the center holds: entries {expected} to {position} are missing (deleted on the laptop).</source>
        <translation>Nhật ký thao tác trong tệp của máy {device} không nối tiếp chuỗi trung tâm đang giữ: thiếu các mục từ {expected} đến {position} (đã bị xoá trên máy).</translation>
    </message>
    <message>
        <source>The file&apos;s audit trail of device {device} differs from what the center holds at entry {position}: entries were changed or replaced on the laptop.</source>
        <translation>Nhật ký thao tác trong tệp của máy {device} khác với bản trung tâm đang giữ ở mục {position}: các mục đã bị sửa hoặc thay thế trên máy.</translation>
    </message>
    <message>
        <source>The file&apos;s audit trail of device {device} does not end at the chain head its manifest names (entry {expected}): entries were left out or changed.</source>
        <translation>Nhật ký thao tác trong tệp của máy {device} không kết thúc ở đầu chuỗi mà bản kê khai ghi (mục {expected}): có mục bị bỏ sót hoặc bị sửa.</translation>
    </message>
    <message>
        <source>The disk or USB stick of {folder} is full: the backup was not made and no file was left there. Free some space or use another stick, then try again.</source>
        <translation>Ổ đĩa hoặc USB ở {folder} đã đầy: chưa sao lưu được và không để lại tệp nào ở đó. Hãy giải phóng dung lượng hoặc dùng USB khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({error}); no file was left there. Check that the USB stick is still plugged in, or use another one.</source>
        <translation>Không ghi được bản sao lưu vào {folder} ({error}); không để lại tệp nào ở đó. Hãy kiểm tra USB còn cắm chắc không, hoặc dùng USB khác.</translation>
    </message>
    <message>
        <source>{file} is already there and was left as it is; nothing was written.</source>
        <translation>{file} đã có sẵn và được giữ nguyên; không ghi gì cả.</translation>
    </message>
    <message>
        <source>A backup for a USB stick is encrypted for the administrator&apos;s backup key, and this laptop has none yet. Make it first (Backups, Make the administrator&apos;s backup key), on the administrator&apos;s own USB stick.</source>
        <translation>Bản sao lưu ra USB được mã hóa bằng khóa sao lưu của quản trị viên, mà máy này chưa có. Hãy tạo khóa trước (Sao lưu, Tạo khóa sao lưu của quản trị viên) và lưu vào USB riêng của quản trị viên.</translation>
    </message>
    <message>
        <source>A backup from a USB stick is encrypted: choose the administrator&apos;s backup key file (or the center&apos;s key) to open it.</source>
        <translation>Bản sao lưu trên USB đã được mã hóa: hãy chọn tệp khóa sao lưu của quản trị viên (hoặc khóa của trung tâm) để mở.</translation>
    </message>
    <message>
        <source>{file} is not a backup key (an age identity file).</source>
        <translation>{file} không phải là khóa sao lưu (tệp khóa bí mật age).</translation>
    </message>
    <message>
        <source>{file} was not made for this key: it opens only with the backup key of the administrator who made it, or the center&apos;s.</source>
        <translation>{file} không được tạo cho khóa này: chỉ mở được bằng khóa sao lưu của quản trị viên đã tạo nó, hoặc khóa của trung tâm.</translation>
    </message>
    <message>
        <source>{file} is not a backup of this laptop&apos;s database (or it was made with another database key); nothing was restored.</source>
        <translation>{file} không phải là bản sao lưu cơ sở dữ liệu của máy này (hoặc được tạo bằng khóa cơ sở dữ liệu khác); chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>{file} is damaged (the database check found: {detail}); nothing was restored. Choose another backup.</source>
        <translation>{file} bị hỏng (kiểm tra cơ sở dữ liệu phát hiện: {detail}); chưa khôi phục gì cả. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>{file} is a database of another program; nothing was restored.</source>
        <translation>{file} là cơ sở dữ liệu của chương trình khác; chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>The audit trail of {file} was altered; nothing was restored. Choose another backup and tell the center.</source>
        <translation>Nhật ký thao tác của {file} đã bị sửa đổi; chưa khôi phục gì. Hãy chọn bản sao lưu khác và báo cho trung tâm.</translation>
    </message>
    <message>
        <source>The database is still open in this program: close it before restoring a backup into it. Nothing was restored.</source>
        <translation>Cơ sở dữ liệu vẫn đang mở trong chương trình: hãy đóng lại trước khi khôi phục bản sao lưu vào đó. Chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <source>The printer did not accept the pages. Check that it is on and connected, then try again.</source>
        <translation>Máy in không nhận các trang in. Hãy kiểm tra máy in đã bật và đã kết nối, rồi thử lại.</translation>
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
        <source>&quot;{value}&quot; is not a desk letter: one letter from A to Z, without accents.</source>
        <translation>“{value}” không phải chữ cái của bàn: một chữ cái từ A đến Z, không dấu.</translation>
    </message>
    <message>
        <source>Drive {drive} is open and this laptop has given tickets of letter {letter} there: change the desk letter after closing it.</source>
        <translation>Đợt {drive} đang mở và máy này đã phát phiếu số thứ tự chữ {letter} ở đợt đó: hãy đổi chữ cái của bàn sau khi đóng đợt.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a DIN sequence number: a whole number from 1 to {max}.</source>
        <translation>“{value}” không phải số trong dãy số DIN: một số nguyên từ 1 đến {max}.</translation>
    </message>
    <message>
        <source>The last number of the block must not be below the first ({first}).</source>
        <translation>Số cuối của dải không được nhỏ hơn số đầu ({first}).</translation>
    </message>
    <message>
        <source>Set the center&apos;s keys first (Settings, Set the center&apos;s keys…; or hmtn device set-center): the file is encrypted to them. Nothing was written.</source>
        <translation>Hãy cài khóa của trung tâm trước (Cài đặt → Cài khóa của trung tâm…; hoặc lệnh hmtn device set-center): tệp được mã hóa bằng các khóa này. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The center&apos;s keys kept on this laptop are not valid: install them again from the center&apos;s folder. Nothing was written.</source>
        <translation>Khóa của trung tâm lưu trên máy này không hợp lệ: hãy cài lại từ thư mục khóa của trung tâm. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Set the site code first: Settings, Set up this site. Nothing was written.</source>
        <translation>Hãy nhập mã cơ sở trước (Cài đặt → Thiết lập ban đầu cho cơ sở…). Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick plugged in?). Nothing was written.</source>
        <translation>Không tìm thấy thư mục {folder} (USB đã cắm chưa?). Chưa ghi gì.</translation>
    </message>
    <message>
        <source>{file} is already there and was left as it is; nothing was written. Export again: the next file gets a new number.</source>
        <translation>Tệp {file} đã có sẵn và được giữ nguyên; chưa ghi gì. Hãy xuất lại: tệp tiếp theo sẽ có số mới.</translation>
    </message>
    <message>
        <source>The disk or USB stick of {folder} is full: no file was left there. Free some space or use another stick, then export again.</source>
        <translation>Ổ đĩa hoặc USB chứa {folder} đã đầy: không để lại tệp nào ở đó. Hãy giải phóng bớt dung lượng hoặc dùng USB khác, rồi xuất lại.</translation>
    </message>
    <message>
        <source>The export file could not be written to {folder} ({error}); no file was left there. Try again, or use another USB stick.</source>
        <translation>Không ghi được tệp xuất dữ liệu vào {folder} ({error}); không để lại tệp nào ở đó. Hãy thử lại, hoặc dùng USB khác.</translation>
    </message>
    <message>
        <source>{file} did not read back as it was written (a faulty USB stick?) and was removed. Use another stick and export again.</source>
        <translation>Đọc lại tệp {file} không khớp với dữ liệu đã ghi (USB bị lỗi?) nên tệp đã bị xóa. Hãy dùng USB khác và xuất lại.</translation>
    </message>
    <message>
        <source>The file has no signature beside it (its .minisig file), so it cannot be trusted. Copy both files of the export.</source>
        <translation>Tệp không có chữ ký đi kèm (tệp .minisig) nên không thể tin cậy. Hãy chép cả hai tệp của lần xuất.</translation>
    </message>
    <message>
        <source>The file does not match its signature: it is incomplete (a copy that did not finish), damaged or altered. Copy it again, or export again on the laptop.</source>
        <translation>Tệp không khớp với chữ ký: tệp chưa đầy đủ (chép chưa xong), bị hỏng hoặc bị sửa đổi. Hãy chép lại, hoặc xuất lại trên máy đã tạo tệp.</translation>
    </message>
    <message>
        <source>The file is signed with a key that no enrolled device holds (key {key_id}), or by a revoked device; it was not opened.</source>
        <translation>Tệp được ký bằng khóa không thuộc thiết bị nào đã đăng ký (khóa {key_id}), hoặc của thiết bị đã bị thu hồi; tệp không được mở.</translation>
    </message>
    <message>
        <source>The file was not encrypted for this center&apos;s key; it was not opened.</source>
        <translation>Tệp không được mã hóa cho khóa của trung tâm này; tệp không được mở.</translation>
    </message>
    <message>
        <source>The file ends too early: it is incomplete. Copy it again, or export again on the laptop.</source>
        <translation>Tệp bị cụt: dữ liệu chưa đầy đủ. Hãy chép lại, hoặc xuất lại trên máy đã tạo tệp.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read. Copy it again, or export again on the laptop.</source>
        <translation>Tệp bị hỏng, không đọc được. Hãy chép lại, hoặc xuất lại trên máy đã tạo tệp.</translation>
    </message>
    <message>
        <source>The list of contents inside the file is not signed by the device that signed the file; nothing from it was used.</source>
        <translation>Bảng kê nội dung trong tệp không được ký bởi chính thiết bị đã ký tệp; không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>The file is in a format this version does not know ({format}, version {version}); install the version that wrote it.</source>
        <translation>Tệp có định dạng mà phiên bản này không biết ({format}, phiên bản {version}); hãy cài phiên bản đã tạo ra tệp.</translation>
    </message>
    <message>
        <source>The file is signed by one device but says it comes from another ({device}); nothing from it was used.</source>
        <translation>Tệp do một thiết bị ký nhưng ghi là của thiết bị khác ({device}); không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>The file says it comes from site {site}, but its device was enrolled for site {enrolled}; nothing from it was used.</source>
        <translation>Tệp ghi là từ cơ sở {site}, nhưng thiết bị của tệp đã được đăng ký cho cơ sở {enrolled}; không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>There is no file {file} (is the USB stick plugged in, the name right?).</source>
        <translation>Không có tệp {file} (USB đã cắm chưa, tên tệp có đúng không?).</translation>
    </message>
    <message>
        <source>{file} is a folder: choose the .hmtn.age files inside it.</source>
        <translation>{file} là một thư mục: hãy chọn các tệp .hmtn.age bên trong.</translation>
    </message>
    <message>
        <source>{file} could not be read ({error}); nothing from it was used.</source>
        <translation>Không đọc được {file} ({error}); không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>The file was not accepted: {reason}</source>
        <translation>Tệp không được nhận: {reason}</translation>
    </message>
    <message>
        <source>The content of the file does not match its list of contents: it was altered; nothing from it was used.</source>
        <translation>Nội dung tệp không khớp với bảng kê nội dung: tệp đã bị sửa đổi; không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>The file lacks a part its list of contents names ({name}); nothing from it was used.</source>
        <translation>Tệp thiếu một phần có trong bảng kê nội dung ({name}); không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>The file holds something an export never holds ({name}); nothing from it was used.</source>
        <translation>Tệp chứa thứ mà tệp xuất dữ liệu không bao giờ có ({name}); không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>Record {line} of {name} in the file cannot be read; nothing from it was used.</source>
        <translation>Không đọc được bản ghi thứ {line} của {name} trong tệp; không dùng dữ liệu nào từ tệp.</translation>
    </message>
    <message>
        <source>A part of the file is larger than an export can be ({name}); it was not opened.</source>
        <translation>Một phần của tệp lớn hơn mức cho phép của tệp xuất dữ liệu ({name}); tệp không được mở.</translation>
    </message>
    <message>
        <source>{file} is already there and was left as it is; nothing was written. Prepare the package again: the next one gets a new number.</source>
        <translation>{file} đã có sẵn và được giữ nguyên; chưa ghi gì. Hãy chuẩn bị gói lại: gói mới sẽ mang số tiếp theo.</translation>
    </message>
    <message>
        <source>The disk or USB stick of {folder} is full: no file was left there. Free some space or use another stick, then prepare the package again.</source>
        <translation>Ổ đĩa hoặc USB chứa {folder} đã đầy: không để lại tệp nào ở đó. Hãy giải phóng bớt dung lượng hoặc dùng USB khác, rồi chuẩn bị gói lại.</translation>
    </message>
    <message>
        <source>The package could not be written to {folder} ({error}); no file was left there. Try again, or use another USB stick.</source>
        <translation>Không ghi được gói dữ liệu vào {folder} ({error}); không để lại tệp nào ở đó. Hãy thử lại, hoặc dùng USB khác.</translation>
    </message>
    <message>
        <source>{file} did not read back as it was written (a faulty USB stick?) and was removed. Use another stick and prepare the package again.</source>
        <translation>{file} đọc lại không đúng như đã ghi (USB bị lỗi?) nên đã bị xóa. Hãy dùng USB khác và chuẩn bị gói lại.</translation>
    </message>
    <message>
        <source>Device {device} was enrolled with an older enrolment file, without its age key: a package cannot be encrypted for it. Enrol the device again (hmtn device enrol on the laptop, then add its folder here). Nothing was written.</source>
        <translation>Thiết bị {device} được đăng ký bằng tệp đăng ký phiên bản cũ, không có khóa age: không thể mã hóa gói dữ liệu cho máy này. Hãy đăng ký lại thiết bị (chạy hmtn device enrol trên máy, rồi thêm thư mục đăng ký của máy tại đây). Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Device {device} is revoked: the center writes it no package. Nothing was written.</source>
        <translation>Thiết bị {device} đã bị thu hồi: trung tâm không lập gói dữ liệu cho máy này. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The package has no signature beside it (its .minisig file), so it cannot be trusted. Copy both files of the package.</source>
        <translation>Gói dữ liệu không có chữ ký đi kèm (tệp .minisig) nên không thể tin cậy. Hãy chép đủ cả hai tệp của gói.</translation>
    </message>
    <message>
        <source>The package does not match its signature: it is incomplete (a copy that did not finish), damaged or altered. Copy it again from the center. Nothing was changed.</source>
        <translation>Gói dữ liệu không khớp với chữ ký: gói chưa đầy đủ (chép chưa xong), bị hỏng hoặc bị sửa đổi. Hãy chép lại từ trung tâm. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The package is not signed by the center whose keys this laptop holds (it is signed by key {key_id}). Nothing was changed.</source>
        <translation>Gói dữ liệu không được ký bởi trung tâm có khóa đã cài trên máy này (gói được ký bằng khóa {key_id}). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Install the center&apos;s keys first (Settings, Set the center&apos;s keys…; or hmtn device set-center): without them a package cannot be checked. Nothing was changed.</source>
        <translation>Hãy cài khóa của trung tâm trước (Cài đặt → Cài khóa của trung tâm…; hoặc lệnh hmtn device set-center): thiếu các khóa này thì không kiểm tra được gói dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The package was prepared for another laptop: each laptop opens only its own. Nothing was changed.</source>
        <translation>Gói dữ liệu này được chuẩn bị cho một máy khác: mỗi máy chỉ mở được gói của chính mình. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The package ends too early: it is incomplete. Copy it again from the center. Nothing was changed.</source>
        <translation>Gói dữ liệu bị cụt: gói chưa đầy đủ. Hãy chép lại từ trung tâm. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The package is damaged and cannot be read. Copy it again from the center. Nothing was changed.</source>
        <translation>Gói dữ liệu bị hỏng, không đọc được. Hãy chép lại từ trung tâm. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The list of contents inside the package is not signed by the center; nothing from it was used.</source>
        <translation>Bảng kê nội dung trong gói không được trung tâm ký; không dùng dữ liệu nào từ gói.</translation>
    </message>
    <message>
        <source>The package is in a format this version does not know ({format}, version {version}); install the version the center uses.</source>
        <translation>Gói dữ liệu có định dạng mà phiên bản này không biết ({format}, phiên bản {version}); hãy cài phiên bản trung tâm đang dùng.</translation>
    </message>
    <message>
        <source>The content of the package does not match its list of contents: it was altered; nothing from it was used.</source>
        <translation>Nội dung gói không khớp với bảng kê nội dung: gói đã bị sửa đổi; không dùng dữ liệu nào từ gói.</translation>
    </message>
    <message>
        <source>The package lacks a part its list of contents names ({name}); nothing from it was used.</source>
        <translation>Gói thiếu một phần có trong bảng kê nội dung ({name}); không dùng dữ liệu nào từ gói.</translation>
    </message>
    <message>
        <source>The package holds something a package never holds ({name}); nothing from it was used.</source>
        <translation>Gói chứa nội dung mà một gói dữ liệu không bao giờ có ({name}); không dùng dữ liệu nào từ gói.</translation>
    </message>
    <message>
        <source>Line {line} of {name} in the package cannot be read; nothing from it was used.</source>
        <translation>Không đọc được dòng {line} của {name} trong gói; không dùng dữ liệu nào từ gói.</translation>
    </message>
    <message>
        <source>A part of the package is larger than a package can be ({name}); it was not opened.</source>
        <translation>Một phần của gói lớn hơn mức một gói dữ liệu có thể có ({name}); gói không được mở.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min} characters; nothing was done.</source>
        <translation>Cụm mật khẩu cần ít nhất {min} ký tự; chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the center&apos;s key stays locked. Nothing was done.</source>
        <translation>Sai cụm mật khẩu: khóa của trung tâm vẫn bị khóa. Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>This is not the center&apos;s database (hmtn center init makes one). Nothing was done.</source>
        <translation>Đây không phải cơ sở dữ liệu của trung tâm (lệnh hmtn center init tạo cơ sở dữ liệu đó). Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>This database is the center&apos;s already; its keys were made before.</source>
        <translation>Cơ sở dữ liệu này đã là của trung tâm; các khóa của nó đã được tạo trước đó.</translation>
    </message>
    <message>
        <source>This database holds a site&apos;s records: the center needs a database of its own (give a new file to --db). Nothing was done.</source>
        <translation>Cơ sở dữ liệu này đang chứa dữ liệu của một cơ sở: trung tâm cần một cơ sở dữ liệu riêng (hãy chỉ một tệp mới cho --db). Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>{file} exists already: keys are never overwritten. Choose an empty folder. Nothing was done.</source>
        <translation>{file} đã có sẵn: khóa không bao giờ bị ghi đè. Hãy chọn một thư mục trống. Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>{file} is missing: choose the folder the center gave you.</source>
        <translation>Thiếu tệp {file}: hãy chọn thư mục mà trung tâm đã gửi cho bạn.</translation>
    </message>
    <message>
        <source>{file} is not one of the center&apos;s public keys. Nothing was installed.</source>
        <translation>{file} không phải là khóa công khai của trung tâm. Chưa có gì được cài đặt.</translation>
    </message>
    <message>
        <source>Set up this site first (its site code and FIN): the enrolment file carries them.</source>
        <translation>Hãy thiết lập cơ sở trước (mã cơ sở và FIN): tệp đăng ký thiết bị cần có các thông tin này.</translation>
    </message>
    <message>
        <source>{file} is another device&apos;s enrolment: write this one to another folder.</source>
        <translation>{file} là tệp đăng ký của một thiết bị khác: hãy ghi tệp của máy này vào thư mục khác.</translation>
    </message>
    <message>
        <source>{file} is missing: the folder holds no device&apos;s enrolment.</source>
        <translation>Thiếu tệp {file}: thư mục này không chứa tệp đăng ký của thiết bị nào.</translation>
    </message>
    <message>
        <source>{file} is not a valid enrolment file ({detail}). Nothing was registered.</source>
        <translation>{file} không phải là tệp đăng ký thiết bị hợp lệ ({detail}). Chưa có gì được đăng ký.</translation>
    </message>
    <message>
        <source>{file} holds another key than the enrolment file: the files do not belong together. Nothing was registered.</source>
        <translation>{file} chứa khóa khác với khóa trong tệp đăng ký: hai tệp không đi cùng nhau. Chưa có gì được đăng ký.</translation>
    </message>
    <message>
        <source>Device {device} is enrolled already. Nothing was registered.</source>
        <translation>Thiết bị {device} đã được đăng ký rồi. Chưa có gì được đăng ký thêm.</translation>
    </message>
    <message>
        <source>Device {device} has this signing key already: an enrolment file was copied. Nothing was registered.</source>
        <translation>Thiết bị {device} đã dùng khóa ký này: tệp đăng ký đã bị sao chép. Chưa có gì được đăng ký.</translation>
    </message>
    <message>
        <source>Its DIN block overlaps that of device {device} ({name}): DINs {first} to {last} of FIN {fin}. Give the laptop another desk letter or DIN block, then enrol it again. Nothing was registered.</source>
        <translation>Dải số DIN của máy này trùng với dải của thiết bị {device} ({name}): DIN từ {first} đến {last} của FIN {fin}. Hãy đặt cho máy một chữ cái bàn hoặc dải DIN khác, rồi đăng ký lại. Chưa có gì được đăng ký.</translation>
    </message>
    <message>
        <source>No enrolled device has the id {device}.</source>
        <translation>Không có thiết bị đã đăng ký nào có mã {device}.</translation>
    </message>
    <message>
        <source>Several devices have ids starting with {device}: type more of it.</source>
        <translation>Có nhiều thiết bị có mã bắt đầu bằng {device}: hãy gõ thêm ký tự.</translation>
    </message>
    <message>
        <source>Device {device} was revoked already.</source>
        <translation>Thiết bị {device} đã bị thu hồi trước đó.</translation>
    </message>
    <message>
        <source>This package is for another device ({device}), not for this laptop ({this}). Nothing was installed.</source>
        <translation>Gói dữ liệu này dành cho thiết bị khác ({device}), không phải máy này ({this}). Chưa cài gì.</translation>
    </message>
    <message>
        <source>Package no. {number} is older than package no. {installed}, which is installed already. Nothing was installed.</source>
        <translation>Gói số {number} cũ hơn gói số {installed} đã cài trên máy. Chưa cài gì.</translation>
    </message>
    <message>
        <source>Another package no. {number} is installed already: one number never names two packages. Ask the center for a new package. Nothing was installed.</source>
        <translation>Máy đã cài một gói số {number} khác: một số không bao giờ dùng cho hai gói. Hãy xin trung tâm gói mới. Chưa cài gì.</translation>
    </message>
    <message>
        <source>The rule set {version} in the package is not the one its list names (damaged or altered). Nothing was installed.</source>
        <translation>Bộ tiêu chuẩn {version} trong gói không đúng với danh mục của gói (bị hỏng hoặc bị sửa). Chưa cài gì.</translation>
    </message>
    <message>
        <source>The rule set {version} in the package cannot be used (why, below). Nothing was installed.</source>
        <translation>Không dùng được bộ tiêu chuẩn {version} trong gói (lý do ở dưới). Chưa cài gì.</translation>
    </message>
    <message>
        <source>The rule set {version} in the package fails {failed} of its {total} validation cases ({cases}), so it is not used. Nothing was installed; tell the center.</source>
        <translation>Bộ tiêu chuẩn {version} trong gói không đạt {failed} trên {total} ca kiểm định ({cases}) nên không được dùng. Chưa cài gì; hãy báo cho trung tâm.</translation>
    </message>
    <message>
        <source>{count} lines of the package&apos;s registry cannot be installed (each line and why, below). Nothing was installed.</source>
        <translation>{count} dòng trong danh sách người hiến của gói không cài được (từng dòng và lý do ở dưới). Chưa cài gì.</translation>
    </message>
    <message>
        <source>The center&apos;s DIN block {first}–{last} ({fin}, {year}) holds numbers this laptop already gave drive {drive}. Tell the center: this laptop needs another block. Nothing was installed.</source>
        <translation>Dải số DIN {first}–{last} ({fin}, năm {year}) trung tâm cấp có những số máy này đã dùng cho đợt {drive}. Hãy báo trung tâm cấp dải khác cho máy này. Chưa cài gì.</translation>
    </message>
    <message>
        <source>The center&apos;s DIN block {first}–{last} ({fin}, {year}) is not in this laptop&apos;s own block {own_first}–{own_last} ({own_fin}): its numbers were changed here after it enrolled. Set them back as enrolled, or tell the center. Nothing was installed.</source>
        <translation>Dải số DIN {first}–{last} ({fin}, năm {year}) trung tâm cấp không nằm trong dải số riêng {own_first}–{own_last} ({own_fin}) của máy này: dải số của máy đã bị đổi sau khi đăng ký với trung tâm. Hãy đặt lại như lúc đăng ký, hoặc báo trung tâm. Chưa cài gì.</translation>
    </message>
    <message>
        <source>The code {code} of a drive the center planned is already another drive&apos;s on this laptop. Nothing was installed.</source>
        <translation>Mã {code} của đợt hiến máu trung tâm lên kế hoạch đã là mã của một đợt khác trên máy này. Chưa cài gì.</translation>
    </message>
    <message>
        <source>The package gives this laptop the desk letter &quot;{letter}&quot;, which is not a letter from A to Z. Nothing was installed.</source>
        <translation>Gói cấp cho máy này chữ cái bàn “{letter}”, không phải một chữ cái từ A đến Z. Chưa cài gì.</translation>
    </message>
    <message>
        <source>The center gives this laptop the desk letter {new}, but drive {drive} is open with tickets of letter {letter}. Close that drive, then install the package again. Nothing was installed.</source>
        <translation>Trung tâm cấp cho máy này chữ cái bàn {new}, nhưng đợt {drive} đang mở và đã có phiếu chữ {letter}. Hãy đóng đợt đó rồi cài lại gói. Chưa cài gì.</translation>
    </message>
    <message>
        <source>The database refused a record of the package ({detail}). Nothing was installed; tell the center.</source>
        <translation>Cơ sở dữ liệu từ chối một bản ghi của gói ({detail}). Chưa cài gì; hãy báo cho trung tâm.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Nhân viên này không còn trong danh sách.</translation>
    </message>
    <message>
        <source>{name} is signed in now: someone else signs in to deactivate them.</source>
        <translation>{name} đang đăng nhập: người khác phải đăng nhập để ngừng kích hoạt người này.</translation>
    </message>
    <message>
        <source>{name} is deactivated: reactivate them in the staff list first.</source>
        <translation>{name} đã ngừng hoạt động: hãy cho hoạt động lại trong danh sách nhân viên trước.</translation>
    </message>
    <message>
        <source>This needs the role: {roles}. Nothing was saved.</source>
        <translation>Việc này cần vai trò: {roles}. Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Wrong user name or password (or PIN). Check them and try again.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu (hoặc mã PIN). Hãy kiểm tra lại và thử lần nữa.</translation>
    </message>
    <message>
        <source>Too many wrong tries: try again in {seconds} seconds.</source>
        <translation>Nhập sai quá nhiều lần: hãy thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>This database has no administrator yet: create one first (it is then encrypted).</source>
        <translation>Cơ sở dữ liệu này chưa có quản trị viên: hãy tạo trước (sau đó cơ sở dữ liệu được mã hóa).</translation>
    </message>
    <message>
        <source>This database has its administrator already: sign in instead.</source>
        <translation>Cơ sở dữ liệu này đã có quản trị viên: hãy đăng nhập.</translation>
    </message>
    <message>
        <source>A user name is one word (no spaces) of at most {max} characters.</source>
        <translation>Tên đăng nhập là một từ (không có dấu cách), tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>The user name {user} is someone else&apos;s already: choose another.</source>
        <translation>Tên đăng nhập {user} đã thuộc về người khác: hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Give this person a user name and a password first.</source>
        <translation>Hãy đặt tên đăng nhập và mật khẩu cho người này trước.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Mật khẩu cần ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>A PIN is {min} to {max} digits.</source>
        <translation>Mã PIN gồm {min} đến {max} chữ số.</translation>
    </message>
    <message>
        <source>This database is not encrypted yet: create its administrator first.</source>
        <translation>Cơ sở dữ liệu này chưa được mã hóa: hãy tạo quản trị viên trước.</translation>
    </message>
    <message>
        <source>The screen is not locked.</source>
        <translation>Màn hình đang không khóa.</translation>
    </message>
    <message>
        <source>{file} is not a key file of HMTN Desk (or it is damaged). Nothing was done.</source>
        <translation>{file} không phải tệp khóa của HMTN Desk (hoặc đã bị hỏng). Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>The escrow key does not open {file}: it was escrowed to another center&apos;s key, or not at all (the laptop never had the center&apos;s keys). Nothing was done.</source>
        <translation>Khóa dự phòng không mở được {file}: tệp này được gửi giữ cho khóa của trung tâm khác, hoặc chưa hề được gửi giữ (máy chưa từng có khóa của trung tâm). Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>That file is not the center&apos;s escrow key (escrow-key.age). Nothing was done.</source>
        <translation>Tệp đó không phải khóa dự phòng của trung tâm (escrow-key.age). Chưa có gì được thực hiện.</translation>
    </message>
    <message>
        <source>{name} is the last administrator: make someone else an administrator first.</source>
        <translation>{name} là quản trị viên cuối cùng: hãy cho người khác làm quản trị viên trước.</translation>
    </message>
    <message>
        <source>The laptop ran out of memory and the work stopped: nothing was changed. Close the other programs, then try again.</source>
        <translation>Máy đã hết bộ nhớ nên công việc bị dừng: chưa có gì thay đổi. Hãy đóng các chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The chain of device {device} starts again at entry {position} (written {at}) without continuing the entries the center holds, and not as a laptop restored from a backup goes on (with a new incarnation, from an entry the center holds): entries were replaced.</source>
        <translation>Chuỗi của máy {device} bắt đầu lại ở mục {position} (ghi lúc {at}) mà không nối tiếp các mục trung tâm đang giữ, cũng không giống một máy được khôi phục từ bản sao lưu (có phiên bản cài đặt mới, nối tiếp từ một mục trung tâm đang giữ): các mục đã bị thay thế.</translation>
    </message>
    <message>
        <source>Device {device} was restored from a backup: its chain goes on from entry {position}, which the center holds. Entries {lost} to {expected}, made after that backup, are no longer on the laptop; the center keeps them.</source>
        <translation>Máy {device} đã được khôi phục từ bản sao lưu: chuỗi của máy nối tiếp từ mục {position}, mục mà trung tâm đang giữ. Các mục từ {lost} đến {expected}, ghi sau lần sao lưu đó, không còn trên máy; trung tâm vẫn lưu giữ các mục này.</translation>
    </message>
    <message>
        <source>The USB backup was not made: it is first prepared on this laptop&apos;s disk ({folder}), which needs {needed} there and would leave less than {keep_free} free (it has {free}). Nothing was written. Free some space on the laptop&apos;s disk and try again.</source>
        <translation>Chưa sao lưu ra USB: bản sao lưu được chuẩn bị trước trên ổ đĩa của máy này ({folder}), cần {needed} ở đó và sẽ khiến ổ đĩa còn trống ít hơn {keep_free} (hiện còn {free}). Chưa có gì được ghi. Hãy giải phóng bớt dung lượng trên ổ đĩa của máy rồi thử lại.</translation>
    </message>
    <message>
        <source>The backup was not made: it needs {needed}, and even with the older backups removed the disk of {folder} would keep less than {keep_free} free (it has {free}) or the backups there would take more than {limit} (a quarter of the disk). The latest backup is kept. Free some space on the disk, or back up to a USB stick.</source>
        <translation>Chưa sao lưu: bản sao lưu cần {needed}, và dù đã xóa các bản sao lưu cũ hơn thì ổ đĩa chứa {folder} vẫn sẽ còn trống ít hơn {keep_free} (hiện còn {free}) hoặc các bản sao lưu ở đó sẽ chiếm quá {limit} (một phần tư ổ đĩa). Bản sao lưu gần nhất vẫn được giữ. Hãy giải phóng bớt dung lượng trên ổ đĩa, hoặc sao lưu ra USB.</translation>
    </message>
    <message>
        <source>{name} has no PIN yet: ask an administrator to set one in the staff list (or use the password).</source>
        <translation>{name} chưa có mã PIN: hãy nhờ quản trị viên đặt mã PIN trong danh sách nhân viên (hoặc dùng mật khẩu).</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Hai mã PIN không giống nhau.</translation>
    </message>
    <message>
        <source>Minutes from 0 (never lock) to {max}.</source>
        <translation>Số phút từ 0 (không bao giờ khóa) đến {max}.</translation>
    </message>
    <message>
        <source>Under {min_age} on the drive date ({age} years old); {min_age} on {eligible_from}.</source>
        <translation>Chưa đủ {min_age} tuổi vào ngày hiến máu ({age} tuổi); đủ {min_age} tuổi vào {eligible_from}.</translation>
    </message>
    <message>
        <source>Over {max_age} on the drive date ({age} years old).</source>
        <translation>Quá {max_age} tuổi vào ngày hiến máu ({age} tuổi).</translation>
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
        <source>The file is empty: it holds no donor lines.</source>
        <translation>Tệp trống: không có dòng người hiến nào.</translation>
    </message>
    <message>
        <source>{file} is not a file that can be read.</source>
        <translation>{file} không phải là một tệp đọc được.</translation>
    </message>
    <message>
        <source>This is a database file, not a registry: choose the CSV file sent by the center.</source>
        <translation>Đây là tệp cơ sở dữ liệu, không phải danh sách người hiến: hãy chọn tệp CSV do trung tâm gửi.</translation>
    </message>
    <message>
        <source>{file} is the database HMTN Desk is working in; it is never read or written as another file. Choose another file.</source>
        <translation>{file} là cơ sở dữ liệu HMTN Desk đang dùng; không bao giờ được đọc hoặc ghi nó như một tệp khác. Hãy chọn tệp khác.</translation>
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
        <source>Another registry import is being stored in this database; wait until it has finished, then import this file.</source>
        <translation>Một danh sách khác đang được nhập vào cơ sở dữ liệu này; hãy chờ nhập xong rồi mới nhập tệp này.</translation>
    </message>
    <message>
        <source>The donor with number {value} was registered or changed on this laptop while the file was being imported. Nothing was imported: import the file again.</source>
        <translation>Người hiến có số {value} đã được đăng ký hoặc sửa trên máy này trong lúc đang nhập tệp. Chưa nhập gì: hãy nhập lại tệp.</translation>
    </message>
    <message>
        <source>Another registry import finished while this one was being prepared. Nothing was imported: import the file again.</source>
        <translation>Một lần nhập danh sách khác đã hoàn tất trong lúc chuẩn bị lần nhập này. Chưa nhập gì: hãy nhập lại tệp.</translation>
    </message>
    <message>
        <source>The import was interrupted. Nothing was imported: import the file again.</source>
        <translation>Việc nhập đã bị gián đoạn. Chưa nhập gì: hãy nhập lại tệp.</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly in its helper process ({detail}). Nothing was changed: try again; if it fails again, tell the center.</source>
        <translation>Tiến trình phụ xử lý công việc này bị dừng bất ngờ ({detail}). Chưa có gì thay đổi: hãy thử lại; nếu vẫn lỗi, hãy báo cho trung tâm.</translation>
    </message>
    <message>
        <source>The file holds a record ({table} {record}) the center already received from the same laptop under the same change number ({stamp}) with other content: the file was altered, or the laptop was restored from a backup without starting a new incarnation. Nothing from the file was merged.</source>
        <translation>Tệp có một bản ghi ({table} {record}) mà trung tâm đã nhận từ cùng máy này với cùng số thay đổi ({stamp}) nhưng nội dung khác: tệp đã bị sửa, hoặc máy đã được khôi phục từ bản sao lưu mà không bắt đầu phiên cài đặt mới. Chưa hợp nhất gì từ tệp này.</translation>
    </message>
    <message>
        <source>The file holds records of a kind the center does not know ({tables}). Nothing from the file was merged.</source>
        <translation>Tệp có loại bản ghi mà trung tâm không nhận biết ({tables}). Chưa hợp nhất gì từ tệp này.</translation>
    </message>
    <message>
        <source>A record of the file ({table} {record}) does not say which laptop wrote it. Nothing from the file was merged.</source>
        <translation>Một bản ghi trong tệp ({table} {record}) không ghi rõ máy nào đã tạo. Chưa hợp nhất gì từ tệp này.</translation>
    </message>
    <message>
        <source>The center&apos;s database refused a record of the file ({detail}). Nothing from the file was merged; keep the file for the technical team.</source>
        <translation>Cơ sở dữ liệu của trung tâm từ chối một bản ghi trong tệp ({detail}). Chưa hợp nhất gì từ tệp này; hãy giữ lại tệp cho bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <source>Sign in with your own name first: a decision on these lists names who took it.</source>
        <translation>Hãy đăng nhập bằng tên của chính mình trước: mỗi quyết định trong các danh sách này đều ghi tên người quyết định.</translation>
    </message>
    <message>
        <source>This unit was already released or discarded.</source>
        <translation>Đơn vị máu này đã được cho lưu hành hoặc đã bị hủy bỏ.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Xung đột này đã được giải quyết.</translation>
    </message>
    <message>
        <source>Choose one of the versions in conflict.</source>
        <translation>Hãy chọn một trong các phiên bản đang xung đột.</translation>
    </message>
    <message>
        <source>These two records were already reviewed.</source>
        <translation>Hai hồ sơ này đã được xem xét.</translation>
    </message>
    <message>
        <source>{file} is a folder: choose the results file (CSV or .xlsx) inside it.</source>
        <translation>{file} là một thư mục: hãy chọn tệp kết quả (CSV hoặc .xlsx) bên trong.</translation>
    </message>
    <message>
        <source>This is a database file, not the laboratory&apos;s results: choose the CSV or .xlsx file the laboratory sent.</source>
        <translation>Đây là tệp cơ sở dữ liệu, không phải kết quả xét nghiệm: hãy chọn tệp CSV hoặc .xlsx do phòng xét nghiệm gửi.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook: open it in Excel and save it as .xlsx or as CSV UTF-8.</source>
        <translation>Không đọc được tệp như một bảng tính Excel: hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no results.</source>
        <translation>Tệp trống: không có kết quả nào.</translation>
    </message>
    <message>
        <source>The DIN {din} already appears on line {first_line}.</source>
        <translation>Mã DIN {din} đã có ở dòng {first_line}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a result: write negative (âm tính), reactive (phản ứng) or positive (dương tính), or leave the cell empty when not tested.</source>
        <translation>&quot;{value}&quot; không phải là kết quả: hãy ghi âm tính (negative), phản ứng (reactive) hoặc dương tính (positive), hoặc để trống nếu chưa xét nghiệm.</translation>
    </message>
    <message>
        <source>The line gives the DIN {din} but no result.</source>
        <translation>Dòng này có mã DIN {din} nhưng không có kết quả nào.</translation>
    </message>
    <message>
        <source>No unit with the DIN {din} has reached the center: import the site&apos;s export file first, or check the DIN.</source>
        <translation>Trung tâm chưa có đơn vị máu nào mang mã DIN {din}: hãy nhập tệp xuất dữ liệu của cơ sở trước, hoặc kiểm tra lại mã DIN.</translation>
    </message>
    <message>
        <source>The DIN {din} is on two units at the center (held aside, see the quarantined units): find out which unit the sample came from first.</source>
        <translation>Mã DIN {din} có trên hai đơn vị máu tại trung tâm (đang bị tạm giữ, xem danh sách đơn vị máu cách ly): hãy xác định mẫu xét nghiệm thuộc đơn vị nào trước.</translation>
    </message>
    <message>
        <source>Tested on {tested}, before the unit was given ({donated}).</source>
        <translation>Ngày xét nghiệm {tested} trước ngày hiến máu của đơn vị này ({donated}).</translation>
    </message>
    <message>
        <source>Choose to keep what was recorded or to take the laboratory&apos;s result.</source>
        <translation>Hãy chọn giữ thông tin đã ghi nhận hoặc lấy kết quả của phòng xét nghiệm.</translation>
    </message>
    <message>
        <source>This difference was already decided, or is no longer there.</source>
        <translation>Sự khác biệt này đã được quyết định, hoặc không còn nữa.</translation>
    </message>
    <message>
        <source>This donor was already marked as notified, or no longer needs to be.</source>
        <translation>Người hiến này đã được đánh dấu là đã thông báo, hoặc không còn cần thông báo nữa.</translation>
    </message>
    <message>
        <source>A planned drive is dated today ({date}) or later: a package carries no earlier one.</source>
        <translation>Đợt hiến máu lên kế hoạch phải từ hôm nay ({date}) trở đi: gói dữ liệu không mang đợt nào trước đó.</translation>
    </message>
    <message>
        <source>Drive {code} was set up at a site, not planned at the center: its laptop keeps it.</source>
        <translation>Đợt {code} do cơ sở tự tạo, không do trung tâm lên kế hoạch: chỉ máy đã tạo đợt mới thay đổi được đợt này.</translation>
    </message>
    <message>
        <source>Drive {code} is closed: its plan can no longer change.</source>
        <translation>Đợt {code} đã đóng: không thể thay đổi kế hoạch của đợt nữa.</translation>
    </message>
    <message>
        <source>Drive {code} was on {date}: its plan can no longer change.</source>
        <translation>Đợt {code} đã diễn ra ngày {date}: không thể thay đổi kế hoạch của đợt nữa.</translation>
    </message>
    <message>
        <source>Device {name} was revoked: it cannot work a drive nor take numbers.</source>
        <translation>Thiết bị {name} đã bị thu hồi: không thể phân công cho đợt hiến máu hay cấp dải số.</translation>
    </message>
    <message>
        <source>Device {name} already works drive {code}.</source>
        <translation>Thiết bị {name} đã được phân công cho đợt {code}.</translation>
    </message>
    <message>
        <source>Device {name} has no room for {size} DINs of {year} (FIN {fin}): its enrolled block has {room} numbers left below its other blocks and above the DINs it used. Make the block smaller, or enrol the laptop again with a larger block.</source>
        <translation>Thiết bị {name} không còn chỗ cho {size} mã DIN của năm {year} (FIN {fin}): dải số đã đăng ký chỉ còn {room} số nằm dưới các dải khác và trên các mã DIN máy đã dùng. Hãy giảm cỡ dải, hoặc đăng ký lại máy với dải số lớn hơn.</translation>
    </message>
    <message>
        <source>Device {name} does not work drive {code}: there is nothing to withdraw.</source>
        <translation>Thiết bị {name} không được phân công cho đợt {code}: không có gì để rút.</translation>
    </message>
    <message>
        <source>Enter the block&apos;s size: a whole number of DINs from 1 to {max}.</source>
        <translation>Hãy nhập cỡ dải số: số nguyên mã DIN từ 1 đến {max}.</translation>
    </message>
    <message>
        <source>Package {number} for {name} already carried this block: the laptop may be using it, so it can no longer change. Withdraw it, and assign the device again for a new one.</source>
        <translation>Gói dữ liệu số {number} gửi {name} đã mang dải số này: máy có thể đang dùng nên không thể thay đổi nữa. Hãy thu hồi dải này, rồi phân công lại thiết bị để được cấp dải mới.</translation>
    </message>
    <message>
        <source>Only a DIN block changes its size; withdraw a serial run and allocate another.</source>
        <translation>Chỉ dải số DIN mới đổi được cỡ; với dãy số sê-ri phôi, hãy thu hồi rồi cấp dãy khác.</translation>
    </message>
    <message>
        <source>This block was withdrawn: its numbers are never handed out again.</source>
        <translation>Dải số này đã bị thu hồi: các số trong dải không bao giờ được cấp lại.</translation>
    </message>
    <message>
        <source>Letter {letter} is already the desk letter of {name} at site {site}: give each laptop of a site its own letter.</source>
        <translation>Chữ {letter} đã là chữ cái bàn của {name} tại cơ sở {site}: mỗi máy của một cơ sở cần một chữ cái riêng.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a serial prefix: up to 10 letters, digits, - or /, ending with a letter (the number follows it).</source>
        <translation>&quot;{value}&quot; không phải tiền tố số sê-ri: tối đa 10 ký tự gồm chữ cái, chữ số, - hoặc /, kết thúc bằng chữ cái (phần số đứng sau).</translation>
    </message>
    <message>
        <source>Enter how many digits the number has on the forms, from 1 to {max}.</source>
        <translation>Hãy nhập số chữ số của phần số in trên phôi, từ 1 đến {max}.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to {max} (the digits the forms have).</source>
        <translation>Hãy nhập số nguyên từ 0 đến {max} (theo số chữ số trên phôi).</translation>
    </message>
    <message>
        <source>The last serial comes before the first: check the two numbers.</source>
        <translation>Số sê-ri cuối nhỏ hơn số đầu: hãy kiểm tra lại hai số.</translation>
    </message>
    <message>
        <source>These forms overlap the run {first} to {last} of {name}: a form goes to one laptop only. Withdraw that run first, or allocate other numbers.</source>
        <translation>Các phôi này trùng với dãy {first} đến {last} của {name}: mỗi phôi chỉ giao cho một máy. Hãy thu hồi dãy đó trước, hoặc cấp các số khác.</translation>
    </message>
    <message>
        <source>{date} is after the drive date.</source>
        <translation>Ngày {date} sau ngày hiến máu.</translation>
    </message>
    <message>
        <source>{date} is before the donor was born.</source>
        <translation>Ngày {date} trước ngày sinh của người hiến.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>&quot;{value}&quot; không phải là số.</translation>
    </message>
    <message>
        <source>{value} {unit} is not possible; enter a value from {min} to {max} {unit}.</source>
        <translation>{value} {unit} là không thể; nhập giá trị từ {min} đến {max} {unit}.</translation>
    </message>
    <message>
        <source>The systolic pressure must be higher than the diastolic.</source>
        <translation>Huyết áp tâm thu phải cao hơn huyết áp tâm trương.</translation>
    </message>
    <message>
        <source>Record the health questionnaire before accepting the donor.</source>
        <translation>Ghi phiếu câu hỏi sức khỏe trước khi cho hiến.</translation>
    </message>
    <message>
        <source>Choose a volume of 250, 350 or 450 ml.</source>
        <translation>Chọn thể tích 250, 350 hoặc 450 ml.</translation>
    </message>
    <message>
        <source>The deferral must end after the drive date ({date}).</source>
        <translation>Ngày hết hoãn phải sau ngày hiến máu ({date}).</translation>
    </message>
    <message>
        <source>Accepting against a failed rule needs a written reason.</source>
        <translation>Cho hiến khi không đạt tiêu chuẩn phải ghi rõ lý do.</translation>
    </message>
    <message>
        <source>The rules do not call for this deferral: write the reason.</source>
        <translation>Tiêu chuẩn không yêu cầu hoãn: hãy ghi lý do.</translation>
    </message>
    <message>
        <source>This donor has already been screened; reopen the decision to change it.</source>
        <translation>Người này đã được khám; mở lại kết luận nếu cần sửa.</translation>
    </message>
    <message>
        <source>There is no decision to reopen.</source>
        <translation>Không có kết luận nào để mở lại.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Phiếu tiếp đón này không còn nữa.</translation>
    </message>
    <message>
        <source>No ticket {number} was given at this drive.</source>
        <translation>Không có phiếu số thứ tự {number} ở đợt này.</translation>
    </message>
    <message>
        <source>This donor was not deferred at screening: there is no deferral slip.</source>
        <translation>Người hiến này không bị tạm hoãn khi khám sàng lọc: không có phiếu tạm hoãn.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>Không đọc được {path} ({error}).</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <source>Column {column}: this is not valid TOML ({detail}).</source>
        <translation>Cột {column}: không phải TOML hợp lệ ({detail}).</translation>
    </message>
    <message>
        <source>{key} is missing.</source>
        <translation>Thiếu {key}.</translation>
    </message>
    <message>
        <source>{key} is not a setting of a rule set (misspelt?).</source>
        <translation>{key} không phải là mục của bộ tiêu chuẩn (gõ sai chính tả?).</translation>
    </message>
    <message>
        <source>{key} must be a table of settings, not {value}.</source>
        <translation>{key} phải là một bảng các mục, không phải {value}.</translation>
    </message>
    <message>
        <source>{key} must be a list, not {value}.</source>
        <translation>{key} phải là một danh sách, không phải {value}.</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}.</source>
        <translation>{key} phải là một số, không phải {value}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not {value}.</source>
        <translation>{key} phải là số nguyên, không phải {value}.</translation>
    </message>
    <message>
        <source>{key} must be true or false, not {value}.</source>
        <translation>{key} phải là true hoặc false, không phải {value}.</translation>
    </message>
    <message>
        <source>{key} must be a text, not {value}.</source>
        <translation>{key} phải là văn bản, không phải {value}.</translation>
    </message>
    <message>
        <source>{key} = {value}: a threshold must be a finite number.</source>
        <translation>{key} = {value}: ngưỡng phải là một số hữu hạn.</translation>
    </message>
    <message>
        <source>{key} = {value} is outside the accepted range, {min} to {max}.</source>
        <translation>{key} = {value} nằm ngoài khoảng cho phép, từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>{key} ({value}) must be below {other} ({other_value}).</source>
        <translation>{key} ({value}) phải nhỏ hơn {other} ({other_value}).</translation>
    </message>
    <message>
        <source>{key} lists the same volume twice.</source>
        <translation>{key} có một thể tích bị ghi hai lần.</translation>
    </message>
    <message>
        <source>{key} must give the haemoglobin needed for the smallest standard volume ({volume} ml).</source>
        <translation>{key} phải nêu mức huyết sắc tố cần cho túi nhỏ nhất ({volume} ml).</translation>
    </message>
    <message>
        <source>{key} must be one of {choices}, not {value}.</source>
        <translation>{key} phải là một trong các giá trị {choices}, không phải {value}.</translation>
    </message>
    <message>
        <source>{key}: a &quot;window&quot; effect needs window_months or window_days.</source>
        <translation>{key}: hiệu lực &quot;window&quot; cần có window_months hoặc window_days.</translation>
    </message>
    <message>
        <source>The questionnaire code {value} is used twice.</source>
        <translation>Mã câu hỏi {value} bị dùng hai lần.</translation>
    </message>
    <message>
        <source>No validation cases beside the rule set ({path}): choose its cases file.</source>
        <translation>Không có bảng ca kiểm định bên cạnh bộ tiêu chuẩn ({path}): hãy chọn tệp ca kiểm định.</translation>
    </message>
    <message>
        <source>The validation cases cannot be used: {detail}</source>
        <translation>Không dùng được bảng ca kiểm định: {detail}</translation>
    </message>
    <message>
        <source>Version {version} was used on this laptop for a rule set with other content (SHA-256 {seen}). Give the edited file a new version.</source>
        <translation>Phiên bản {version} đã được dùng trên máy này cho một bộ tiêu chuẩn có nội dung khác (SHA-256 {seen}). Hãy đặt phiên bản mới cho tệp đã sửa.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a donation identification number (DIN); scan it again.</source>
        <translation>&quot;{value}&quot; không phải mã số đơn vị máu (DIN); hãy quét lại.</translation>
    </message>
    <message>
        <source>The check character of &quot;{value}&quot; does not match. Scan the label again.</source>
        <translation>Ký tự kiểm tra của &quot;{value}&quot; không khớp. Hãy quét lại nhãn.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a facility identification number: one letter or digit and 4 digits.</source>
        <translation>&quot;{value}&quot; không phải mã cơ sở: một chữ cái hoặc chữ số và 4 chữ số.</translation>
    </message>
    <message>
        <source>Set the facility identification number (FIN) first: Settings, Collection.</source>
        <translation>Hãy đặt mã cơ sở (FIN) trước: Cài đặt, Lấy máu.</translation>
    </message>
    <message>
        <source>Print from 1 to {max} label sets at a time.</source>
        <translation>Mỗi lần in từ 1 đến {max} bộ nhãn.</translation>
    </message>
    <message>
        <source>From 0 to {max} sample tube labels per set.</source>
        <translation>Từ 0 đến {max} nhãn ống mẫu mỗi bộ.</translation>
    </message>
    <message>
        <source>A whole number of minutes, {min} to {max}.</source>
        <translation>Số phút nguyên, từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>This laptop&apos;s DIN block {first}–{last} has {left} numbers left for {fin} in year {year}, not {count}. Ask the blood center for another block and set it under Settings, This device.</source>
        <translation>Dải số DIN {first}–{last} của máy này chỉ còn {left} số cho {fin} năm {year}, không đủ {count}. Hãy xin trung tâm truyền máu một dải khác và đặt trong Cài đặt, Thiết bị này.</translation>
    </message>
    <message>
        <source>The center&apos;s DIN block for this drive, {first}–{last}, has {left} numbers left, not {count}. Ask the center for a larger block: it comes with the next drive package.</source>
        <translation>Dải số DIN trung tâm cấp cho đợt này, {first}–{last}, chỉ còn {left} số, không đủ {count}. Hãy xin trung tâm dải lớn hơn: dải mới sẽ có trong gói dữ liệu tiếp theo.</translation>
    </message>
    <message>
        <source>{value} is used or already voided; only an unused DIN can be voided.</source>
        <translation>{value} đã dùng hoặc đã hủy; chỉ hủy được mã DIN chưa dùng.</translation>
    </message>
    <message>
        <source>The last label must follow the first one, from the same facility and year.</source>
        <translation>Nhãn cuối phải sau nhãn đầu, cùng cơ sở và cùng năm.</translation>
    </message>
    <message>
        <source>Part of this roll is already registered or used.</source>
        <translation>Một phần cuộn nhãn này đã được đăng ký hoặc đã dùng.</translation>
    </message>
    <message>
        <source>This roll ({first}–{last}) is not inside this laptop&apos;s DIN block ({block_first}–{block_last}): another laptop may use these numbers. Use a roll given to this laptop.</source>
        <translation>Cuộn nhãn này ({first}–{last}) không nằm trong dải số DIN của máy này ({block_first}–{block_last}): máy khác có thể dùng các số này. Hãy dùng cuộn nhãn được cấp cho máy này.</translation>
    </message>
    <message>
        <source>This roll ({first}–{last}) is not inside the center&apos;s DIN block for this drive ({block_first}–{block_last}): use a roll within it.</source>
        <translation>Cuộn nhãn này ({first}–{last}) không nằm trong dải số DIN trung tâm cấp cho đợt này ({block_first}–{block_last}): hãy dùng cuộn nhãn nằm trong dải đó.</translation>
    </message>
    <message>
        <source>This DIN belongs to facility {fin}, not to this site ({site}).</source>
        <translation>Mã DIN này của cơ sở {fin}, không phải của cơ sở này ({site}).</translation>
    </message>
    <message>
        <source>DIN {value} is already used for another unit. Never use it twice.</source>
        <translation>Mã DIN {value} đã dùng cho một đơn vị máu khác. Không bao giờ dùng một mã hai lần.</translation>
    </message>
    <message>
        <source>DIN {value} was voided and may not be used.</source>
        <translation>Mã DIN {value} đã bị hủy, không được dùng.</translation>
    </message>
    <message>
        <source>DIN {value} was printed for another drive.</source>
        <translation>Mã DIN {value} được in cho một đợt hiến máu khác.</translation>
    </message>
    <message>
        <source>DIN {value} was neither printed for this drive nor is it in a registered roll.</source>
        <translation>Mã DIN {value} không được in cho đợt này và không thuộc cuộn nhãn đã đăng ký.</translation>
    </message>
    <message>
        <source>DIN {value} is on the bag of No. {number}, who is in the chair.</source>
        <translation>Mã DIN {value} đang dán trên túi máu của STT {number} (đang lấy máu).</translation>
    </message>
    <message>
        <source>Out of sequence: the next label of the roll is {expected}.</source>
        <translation>Không đúng thứ tự: nhãn tiếp theo của cuộn là {expected}.</translation>
    </message>
    <message>
        <source>This donor is not waiting to give (no acceptance, or already recorded).</source>
        <translation>Người này không ở hàng chờ lấy máu (chưa được duyệt hoặc đã ghi).</translation>
    </message>
    <message>
        <source>No donation was started for this donor.</source>
        <translation>Người hiến này không có ca lấy máu nào đang dở.</translation>
    </message>
    <message>
        <source>Nothing was collected: leave the volume empty.</source>
        <translation>Không lấy được máu: để trống thể tích.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time; write it as hh:mm.</source>
        <translation>&quot;{value}&quot; không phải giờ; hãy viết gg:pp.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Giờ kết thúc trước giờ bắt đầu.</translation>
    </message>
    <message>
        <source>{minutes} min is outside the usual collection time of {min} to {max} min: check the start and end times.</source>
        <translation>{minutes} phút nằm ngoài thời gian lấy máu thông thường từ {min} đến {max} phút: kiểm tra lại giờ bắt đầu và giờ kết thúc.</translation>
    </message>
    <message>
        <source>The shortest time must be below the longest ({max} min).</source>
        <translation>Thời gian ngắn nhất phải nhỏ hơn thời gian dài nhất ({max} phút).</translation>
    </message>
    <message>
        <source>Explain every discrepancy before closing ({count} left).</source>
        <translation>Giải trình mọi chênh lệch trước khi kết thúc (còn {count}).</translation>
    </message>
    <message>
        <source>{count} donations are still in the chair: record or abandon them before closing.</source>
        <translation>Còn {count} ca đang lấy máu: hãy ghi nhận hoặc hủy trước khi kết thúc.</translation>
    </message>
    <message>
        <source>There is nothing left to explain.</source>
        <translation>Không còn gì cần giải trình.</translation>
    </message>
    <message>
        <source>An offset of at most {max} mm either way.</source>
        <translation>Độ lệch tối đa {max} mm mỗi chiều.</translation>
    </message>
    <message>
        <source>Enter the collecting facility&apos;s name first: Settings, Certificates.</source>
        <translation>Hãy nhập tên cơ sở tiếp nhận máu trước: Cài đặt, Giấy chứng nhận.</translation>
    </message>
    <message>
        <source>This donation is not one of this drive&apos;s.</source>
        <translation>Lần hiến này không thuộc đợt hiến máu này.</translation>
    </message>
    <message>
        <source>No. {number}: only a complete donation gets a certificate.</source>
        <translation>STT {number}: chỉ lần hiến máu đủ mới được cấp giấy chứng nhận.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a form serial number (letters, digits, spaces, - / .).</source>
        <translation>&quot;{value}&quot; không phải số sê-ri phôi (chữ, số, dấu cách, - / .).</translation>
    </message>
    <message>
        <source>Type or scan the serial of the first form in the printer.</source>
        <translation>Hãy gõ hoặc quét số sê-ri của phôi đầu tiên đang đặt trong máy in.</translation>
    </message>
    <message>
        <source>Serial {value} is not among the forms the center gave this laptop ({runs}).</source>
        <translation>Số sê-ri {value} không thuộc các phôi trung tâm cấp cho máy này ({runs}).</translation>
    </message>
    <message>
        <source>Serial {value} is one of the forms {run} the center took back from this laptop: use another form.</source>
        <translation>Số sê-ri {value} thuộc tập phôi {run} mà trung tâm đã thu hồi khỏi máy này: hãy dùng phôi khác.</translation>
    </message>
    <message>
        <source>The serial {value} does not end in a number, so the next form&apos;s is unknown.</source>
        <translation>Số sê-ri {value} không kết thúc bằng số nên không biết số của phôi tiếp theo.</translation>
    </message>
    <message>
        <source>Serial {value} is already in the register; a serial is never used twice.</source>
        <translation>Số sê-ri {value} đã có trong sổ cấp; một số sê-ri không bao giờ dùng hai lần.</translation>
    </message>
    <message>
        <source>The form {value} was printed after the backup this laptop was restored from (the file kept aside at the restore holds it); a serial is never used twice: use the next blank form.</source>
        <translation>Phôi {value} đã được in sau bản sao lưu mà máy này được khôi phục từ đó (tệp được giữ lại riêng khi khôi phục có ghi phôi này); mỗi số sê-ri chỉ dùng một lần: hãy dùng phôi trống tiếp theo.</translation>
    </message>
    <message>
        <source>This donation already has a certificate; reprint it or void it first.</source>
        <translation>Lần hiến này đã có giấy chứng nhận; hãy in lại hoặc hủy giấy đó trước.</translation>
    </message>
    <message>
        <source>This certificate was voided.</source>
        <translation>Giấy chứng nhận này đã bị hủy.</translation>
    </message>
    <message>
        <source>This serial is no longer reserved for printing; nothing was entered.</source>
        <translation>Số sê-ri này không còn được giữ chỗ để in; chưa ghi gì vào sổ.</translation>
    </message>
    <message>
        <source>{file} is not there: give the center&apos;s published keys file (hmtn center certificate-keys writes it).</source>
        <translation>Không có {file}: hãy chỉ ra tệp khóa trung tâm đã công bố (lệnh hmtn center certificate-keys tạo tệp này).</translation>
    </message>
    <message>
        <source>{file} is not there: the center&apos;s signature of the keys file lies beside it, its name ending in .minisig. Nothing was checked.</source>
        <translation>Không có {file}: chữ ký của trung tâm cho tệp khóa phải nằm cạnh tệp đó, tên kết thúc bằng .minisig. Chưa kiểm tra gì.</translation>
    </message>
    <message>
        <source>{file} is not signed by the center key given: it was altered, or it comes from another center. Nothing was checked.</source>
        <translation>{file} không được ký bằng khóa trung tâm đã cho: tệp đã bị sửa, hoặc là của một trung tâm khác. Chưa kiểm tra gì.</translation>
    </message>
    <message>
        <source>{file} is signed, but it is not a certificate keys file. Nothing was checked.</source>
        <translation>{file} có chữ ký nhưng không phải tệp khóa kiểm tra giấy chứng nhận. Chưa kiểm tra gì.</translation>
    </message>
    <message>
        <source>{file} is not there: give the center&apos;s public key (center.minisign.pub).</source>
        <translation>Không có {file}: hãy chỉ ra khóa công khai của trung tâm (center.minisign.pub).</translation>
    </message>
    <message>
        <source>{file} is not a minisign public key like the center&apos;s center.minisign.pub.</source>
        <translation>{file} không phải khóa công khai minisign như tệp center.minisign.pub của trung tâm.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>Không đọc được {file}.</translation>
    </message>
    <message>
        <source>{file} is a folder: give the name of the keys file to write.</source>
        <translation>{file} là một thư mục: hãy cho tên tệp khóa cần ghi.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there. Nothing was written.</source>
        <translation>Không có thư mục {folder}. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Only a donor waiting for screening or to give can be marked as gone.</source>
        <translation>Chỉ người đang chờ khám hoặc chờ lấy máu mới được ghi là đã về.</translation>
    </message>
    <message>
        <source>This change is not possible for the record as it stands now.</source>
        <translation>Không thể thay đổi như vậy với hồ sơ ở trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>A unit recorded as not collected cannot become a collected one; record a new donation instead.</source>
        <translation>Đơn vị đã ghi là không lấy được máu thì không thể sửa thành đã lấy máu; hãy ghi một lần hiến mới.</translation>
    </message>
    <message>
        <source>These certificates were issued in different ways (blank paper and pre-printed forms): print them again separately.</source>
        <translation>Các giấy chứng nhận này được cấp theo hai cách khác nhau (in trên giấy trắng và in lên phôi): hãy in lại riêng từng loại.</translation>
    </message>
    <message>
        <source>Only a ticket still waiting for screening can be voided.</source>
        <translation>Chỉ hủy được phiếu còn đang chờ khám sàng lọc.</translation>
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
        <source>{path} is read-only (a write-protected USB stick, a read-only file or folder). HMTN Desk must be able to write to it and its folder. Nothing was changed: copy it to the laptop or allow writing, then open it again.</source>
        <translation>{path} chỉ cho phép đọc (USB bị khóa ghi, tệp hoặc thư mục chỉ đọc). HMTN Desk cần ghi được vào tệp và thư mục chứa nó. Chưa có gì bị thay đổi: hãy chép tệp vào máy hoặc cho phép ghi, rồi mở lại.</translation>
    </message>
    <message>
        <source>{path} is locked by another program that is writing to it. Nothing was changed; close that program or wait a moment, then open it again. The file is not damaged.</source>
        <translation>{path} đang bị một chương trình khác khóa để ghi. Chưa có gì bị thay đổi; hãy đóng chương trình đó hoặc chờ một lát rồi mở lại. Tệp không bị hỏng.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed; free some space, then open it again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Chưa có gì bị thay đổi; hãy giải phóng bớt dung lượng rồi mở lại.</translation>
    </message>
    <message>
        <source>{path} is already open in HMTN Desk; a database is opened only once.</source>
        <translation>{path} đang được mở trong HMTN Desk; mỗi cơ sở dữ liệu chỉ được mở một lần.</translation>
    </message>
    <message>
        <source>{path} does not open with the key of its key file: the key file beside it belongs to another database. Nothing was changed; put the right key file back (from a backup) or ask the center to recover it.</source>
        <translation>{path} không mở được bằng khóa trong tệp khóa: tệp khóa bên cạnh thuộc về một cơ sở dữ liệu khác. Không có gì bị thay đổi; hãy đặt lại đúng tệp khóa (từ bản sao lưu) hoặc nhờ trung tâm khôi phục.</translation>
    </message>
    <message>
        <source>{path} is encrypted (or not a database at all) and its key file ({path}.keys) is missing. Nothing was changed; put the key file back beside it (from a backup) or ask the center to recover it.</source>
        <translation>{path} đã được mã hóa (hoặc không phải tệp cơ sở dữ liệu) và thiếu tệp khóa ({path}.keys). Không có gì bị thay đổi; hãy đặt lại tệp khóa bên cạnh (từ bản sao lưu) hoặc nhờ trung tâm khôi phục.</translation>
    </message>
    <message>
        <source>The key file of {path} ({path}.keys) is damaged. Nothing was changed; put it back from a backup or ask the center to recover it.</source>
        <translation>Tệp khóa của {path} ({path}.keys) bị hỏng. Không có gì bị thay đổi; hãy đặt lại từ bản sao lưu hoặc nhờ trung tâm khôi phục.</translation>
    </message>
    <message>
        <source>{path} does not exist. To start a new, empty database there, add --create.</source>
        <translation>{path} không tồn tại. Để tạo một cơ sở dữ liệu mới, trống tại đó, hãy thêm --create.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
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
    <message>
        <source>{file}: imported before; nothing new.</source>
        <translation>{file}: đã nhập trước đó; không có gì mới.</translation>
    </message>
    <message>
        <source>{file} was NOT imported: {count} problems found. Nothing was changed.</source>
        <translation>KHÔNG nhập tệp {file}: phát hiện {count} lỗi. Dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} imported: {lines} lines; {new} units with their first results, {unchanged} unchanged, {to_review} with other results to review.</source>
        <translation>Đã nhập {file}: {lines} dòng; {new} đơn vị có kết quả lần đầu, {unchanged} không đổi, {to_review} có kết quả khác cần xem xét.</translation>
    </message>
    <message>
        <source>Units held: {positive} confirmed positive (donors to notify), {reactive} repeat-reactive. Blood groups to review: {groups}.</source>
        <translation>Đơn vị bị giữ lại: {positive} dương tính khẳng định (người hiến cần thông báo), {reactive} phản ứng lặp lại. Nhóm máu cần xem xét: {groups}.</translation>
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
        <source>New donor: {name}</source>
        <translation>Người hiến mới: {name}</translation>
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
    <name>NotifyDialog</name>
    <message>
        <source>{donor} was told</source>
        <translation>Đã thông báo cho {donor}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>What was said, the appointment made…</source>
        <translation>Nội dung đã trao đổi, lịch hẹn…</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách thông báo</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>access to it is not allowed</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>tệp nằm trên ổ đĩa chỉ đọc</translation>
    </message>
    <message>
        <source>it or its folder is not there</source>
        <translation>tệp hoặc thư mục chứa tệp không còn</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>the system refused it (error {code})</source>
        <translation>hệ thống từ chối (lỗi {code})</translation>
    </message>
    <message>
        <source>{file} could not be used: {why}.</source>
        <translation>Không dùng được tệp {file}: {why}.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Everything saved before is safe.</source>
        <translation>Đã có lỗi nên việc này chưa hoàn thành. Mọi dữ liệu đã lưu trước đó vẫn an toàn.</translation>
    </message>
</context>
<context>
    <name>OperatorBar</name>
    <message>
        <source>Operator</source>
        <translation>Người thao tác</translation>
    </message>
    <message>
        <source>Signed in: </source>
        <translation>Đang đăng nhập: </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>chưa có ai</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
</context>
<context>
    <name>PackageInstallDialog</name>
    <message>
        <source>Install a drive package from the center</source>
        <translation>Cài gói dữ liệu từ trung tâm</translation>
    </message>
    <message>
        <source>Choose the package the blood center prepared for this laptop (a file ending in .hmtn.age, with its .minisig file beside it). The whole package is checked first: if anything is wrong, nothing is changed. Check-in can go on while it is installed.</source>
        <translation>Chọn gói dữ liệu trung tâm máu đã chuẩn bị cho máy này (tệp có đuôi .hmtn.age, kèm tệp .minisig bên cạnh). Cả gói được kiểm tra trước: nếu có gì sai thì không có gì bị thay đổi. Trong lúc cài, bàn tiếp đón vẫn làm việc bình thường.</translation>
    </message>
    <message>
        <source>What the package brought is said here.</source>
        <translation>Nội dung gói dữ liệu sẽ hiện ở đây sau khi cài.</translation>
    </message>
    <message>
        <source>&amp;Choose the package…</source>
        <translation>&amp;Chọn gói dữ liệu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Drive package from the center</source>
        <translation>Gói dữ liệu từ trung tâm</translation>
    </message>
    <message>
        <source>Drive packages (*.hmtn.age);;All files (*)</source>
        <translation>Gói dữ liệu (*.hmtn.age);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the center&apos;s signature and opening the package…</source>
        <translation>Đang kiểm tra chữ ký của trung tâm và mở gói…</translation>
    </message>
    <message>
        <source>Checking the registry in the package…</source>
        <translation>Đang kiểm tra danh sách người hiến trong gói…</translation>
    </message>
    <message>
        <source>Saving donors…</source>
        <translation>Đang lưu người hiến…</translation>
    </message>
    <message>
        <source>Nothing new: this package is installed already.</source>
        <translation>Không có gì mới: gói này đã được cài trước đó.</translation>
    </message>
    <message>
        <source>The package is installed.</source>
        <translation>Đã cài gói dữ liệu.</translation>
    </message>
    <message>
        <source>Installing was cancelled. Nothing was changed.</source>
        <translation>Đã hủy cài gói dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The package was not installed. Nothing was changed.</source>
        <translation>Chưa cài gói dữ liệu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The install failed and nothing was changed.</source>
        <translation>Cài gói không thành công, không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>PackageReport</name>
    <message>
        <source>Package no. {number} ({file}) is installed already; nothing was changed.</source>
        <translation>Gói dữ liệu số {number} ({file}) đã được cài trước đó; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Package no. {number} ({file}) installed.</source>
        <translation>Đã cài gói dữ liệu số {number} ({file}).</translation>
    </message>
    <message>
        <source>This laptop&apos;s queue numbers now begin with the letter {letter}.</source>
        <translation>Số thứ tự của máy này từ nay bắt đầu bằng chữ {letter}.</translation>
    </message>
    <message>
        <source>This database is an older copy than what this laptop already sent the center: its next records are numbered anew, so nothing sent is overwritten.</source>
        <translation>Cơ sở dữ liệu này là bản cũ hơn những gì máy đã gửi trung tâm: các bản ghi tiếp theo được đánh số lại từ đầu, nên không ghi đè lên dữ liệu đã gửi.</translation>
    </message>
    <message>
        <source>The package carried no donors.</source>
        <translation>Gói không có người hiến nào.</translation>
    </message>
    <message>
        <source>Donors: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Người hiến: {new} người mới, {updated} được cập nhật, {unchanged} không đổi.</translation>
    </message>
    <message>
        <source>No drive is planned for this laptop in this package.</source>
        <translation>Gói này không có đợt hiến máu nào được lên kế hoạch cho máy này.</translation>
    </message>
    <message>
        <source>Drives planned for this laptop:</source>
        <translation>Các đợt hiến máu trung tâm đã lên kế hoạch cho máy này:</translation>
    </message>
    <message>
        <source>its DIN numbers: {fin} {year} {range} ({count} numbers)</source>
        <translation>dải số DIN: {fin} {year} {range} ({count} số)</translation>
    </message>
    <message>
        <source>{count} of these drives were changed on this laptop since: they stay as changed here.</source>
        <translation>{count} đợt trong số này đã được sửa trên máy này sau đó: giữ nguyên như đã sửa ở đây.</translation>
    </message>
    <message>
        <source>Certificate forms for this laptop: {first} to {last} ({count} forms)</source>
        <translation>Phôi giấy chứng nhận của máy này: từ {first} đến {last} ({count} phôi)</translation>
    </message>
    <message>
        <source>The center took this laptop off {count} drive(s).</source>
        <translation>Trung tâm đã rút máy này khỏi {count} đợt hiến máu.</translation>
    </message>
    <message>
        <source>The center withdrew {count} block(s) of numbers (DINs or certificate forms): this laptop no longer uses them.</source>
        <translation>Trung tâm đã thu hồi {count} dải số (mã DIN hoặc phôi giấy chứng nhận): máy này không dùng các số đó nữa.</translation>
    </message>
    <message>
        <source>Eligibility rule set: unchanged.</source>
        <translation>Bộ tiêu chuẩn hiến máu: không đổi.</translation>
    </message>
    <message>
        <source>Eligibility rule set {version} installed (all {cases} validation cases passed).</source>
        <translation>Đã cài bộ tiêu chuẩn hiến máu {version} (đạt cả {cases} ca kiểm định).</translation>
    </message>
    <message>
        <source>The center has received no export file from this laptop yet.</source>
        <translation>Trung tâm chưa nhận được tệp xuất nào từ máy này.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The center&apos;s passphrase</source>
        <translation>Cụm mật khẩu của trung tâm</translation>
    </message>
    <message>
        <source>Type the center&apos;s passphrase to open the files:</source>
        <translation>Nhập cụm mật khẩu của trung tâm để mở các tệp:</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>{count} pages</source>
        <translation>{count} trang</translation>
    </message>
</context>
<context>
    <name>PlanDriveDialog</name>
    <message>
        <source>Plan a drive</source>
        <translation>Lên kế hoạch đợt hiến máu</translation>
    </message>
    <message>
        <source>Plan the drive</source>
        <translation>Lên kế hoạch</translation>
    </message>
    <message>
        <source>Change drive {code}</source>
        <translation>Sửa đợt {code}</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>The laptops that will work it (Space ticks one): each gets a DIN block for the drive, sized for its target.</source>
        <translation>Các máy sẽ làm việc tại đợt (phím Cách để chọn): mỗi máy được cấp một dải số DIN cho đợt, đủ cho chỉ tiêu.</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>desk {letter}</source>
        <translation>bàn {letter}</translation>
    </message>
    <message>
        <source>set the drive up itself</source>
        <translation>tự tạo đợt</translation>
    </message>
    <message>
        <source>works it</source>
        <translation>được phân công</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã rút</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Health questionnaire — No. {number} {name}</source>
        <translation>Phiếu câu hỏi sức khỏe — STT {number} {name}</translation>
    </message>
    <message>
        <source>No. {number} — {name} · born {birth} · {sex}</source>
        <translation>STT {number} — {name} · sinh ngày {birth} · {sex}</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Lưu câu trả lời</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>date dd/mm/yyyy</source>
        <translation>ngày dd/mm/yyyy</translation>
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
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>has questionnaire</source>
        <translation>có phiếu</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Health &amp;questionnaire…</source>
        <translation>&amp;Phiếu câu hỏi sức khỏe…</translation>
    </message>
    <message>
        <source>&amp;Void the chosen ticket…</source>
        <translation>&amp;Hủy phiếu đang chọn…</translation>
    </message>
    <message>
        <source>Questionnaire saved: No. {number} {name}.</source>
        <translation>Đã lưu phiếu câu hỏi sức khỏe: STT {number} {name}.</translation>
    </message>
    <message>
        <source>Choose the ticket to void in the list.</source>
        <translation>Hãy chọn phiếu cần hủy trong danh sách.</translation>
    </message>
    <message>
        <source>Void ticket No. {number}</source>
        <translation>Hủy phiếu số {number}</translation>
    </message>
    <message>
        <source>Why is the ticket of {name} voided (e.g. the wrong person was checked in)?</source>
        <translation>Vì sao hủy phiếu của {name} (ví dụ: tiếp nhận nhầm người)?</translation>
    </message>
    <message>
        <source>Ticket No. {number} of {name} voided.</source>
        <translation>Đã hủy phiếu STT {number} của {name}.</translation>
    </message>
    <message>
        <source>Waiting for screening: {count}</source>
        <translation>Đang chờ khám: {count}</translation>
    </message>
    <message>
        <source>Checked in: {total} · waiting for screening: {waiting} · waiting to give: {accepted} · given: {donated} · deferred: {deferred} · target: {target}</source>
        <translation>Đã tiếp nhận: {total} · chờ khám: {waiting} · chờ lấy máu: {accepted} · đã hiến: {donated} · hoãn: {deferred} · chỉ tiêu: {target}</translation>
    </message>
</context>
<context>
    <name>ReactionFields</name>
    <message>
        <source>Vasovagal, immediate, without loss of consciousness</source>
        <translation>Ngất do phản xạ phế vị, ngay lập tức, không mất ý thức</translation>
    </message>
    <message>
        <source>Vasovagal, immediate, with loss of consciousness</source>
        <translation>Ngất do phản xạ phế vị, ngay lập tức, có mất ý thức</translation>
    </message>
    <message>
        <source>Vasovagal, delayed, without loss of consciousness</source>
        <translation>Ngất do phản xạ phế vị, muộn, không mất ý thức</translation>
    </message>
    <message>
        <source>Vasovagal, delayed, with loss of consciousness</source>
        <translation>Ngất do phản xạ phế vị, muộn, có mất ý thức</translation>
    </message>
    <message>
        <source>Haematoma</source>
        <translation>Tụ máu</translation>
    </message>
    <message>
        <source>Arterial puncture</source>
        <translation>Chọc vào động mạch</translation>
    </message>
    <message>
        <source>Nerve injury</source>
        <translation>Tổn thương thần kinh</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>nhẹ</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>vừa</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>nặng</translation>
    </message>
    <message>
        <source>Adverse reaction</source>
        <translation>Tai biến khi hiến máu</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>gg:pp</translation>
    </message>
    <message>
        <source>What was done (legs raised, fluids, …)</source>
        <translation>Xử trí (kê cao chân, uống nước, …)</translation>
    </message>
    <message>
        <source>The donor left in good condition</source>
        <translation>Người hiến ra về trong tình trạng tốt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Xử trí</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>End of day — drive {code}</source>
        <translation>Tổng kết cuối ngày — đợt {code}</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>tệp PDF</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>DINs allocated to the drive</source>
        <translation>Mã DIN cấp cho đợt</translation>
    </message>
    <message>
        <source>DINs whose labels were printed</source>
        <translation>Mã DIN đã in nhãn</translation>
    </message>
    <message>
        <source>DINs allocated, labels never printed</source>
        <translation>Mã DIN đã cấp nhưng chưa in nhãn</translation>
    </message>
    <message>
        <source>DINs neither used nor voided: {count}</source>
        <translation>Mã DIN chưa dùng, chưa hủy: {count}</translation>
    </message>
    <message>
        <source>Certificate serials reserved, never confirmed printed: {count}</source>
        <translation>Số giấy chứng nhận đã giữ, chưa xác nhận in: {count}</translation>
    </message>
    <message>
        <source>Void these serials…</source>
        <translation>Hủy các số sê-ri này…</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation>đã in nhãn</translation>
    </message>
    <message>
        <source>never printed</source>
        <translation>chưa in</translation>
    </message>
    <message>
        <source>Void this range…</source>
        <translation>Hủy cả dải số này…</translation>
    </message>
    <message>
        <source>Void unused DINs</source>
        <translation>Hủy mã DIN chưa dùng</translation>
    </message>
    <message>
        <source>Why are {range} voided (labels destroyed, never printed, …)?</source>
        <translation>Lý do hủy {range} (nhãn đã hủy bỏ, chưa từng in, …)?</translation>
    </message>
    <message>
        <source>Void reserved serials</source>
        <translation>Hủy số sê-ri đã giữ</translation>
    </message>
    <message>
        <source>Why were they never printed? Their serials stay used.</source>
        <translation>Vì sao chưa in được? Các số sê-ri vẫn được coi là đã dùng.</translation>
    </message>
    <message>
        <source>Close drive {code}? Nothing more can be checked in, screened or recorded; corrections become audited amendments.</source>
        <translation>Kết thúc đợt {code}? Sau đó không thể tiếp nhận, khám hay ghi nhận thêm; mọi chỉnh sửa sẽ là bản sửa đổi có ghi vết.</translation>
    </message>
    <message>
        <source>{count} complete donations have no certificate yet.</source>
        <translation>{count} lần hiến đủ chưa có giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Close the drive</source>
        <translation>Kết thúc đợt hiến máu</translation>
    </message>
    <message>
        <source>No discrepancies: the drive can be closed.</source>
        <translation>Không có chênh lệch: có thể kết thúc đợt hiến máu.</translation>
    </message>
    <message>
        <source>Close the drive…</source>
        <translation>Kết thúc đợt hiến máu…</translation>
    </message>
    <message>
        <source>End-of-day report…</source>
        <translation>Báo cáo tổng kết…</translation>
    </message>
    <message>
        <source>Figures of the day</source>
        <translation>Số liệu trong ngày</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Waiting for screening</source>
        <translation>Đang chờ khám</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Đã khám</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Hoãn hiến</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Collected, complete</source>
        <translation>Lấy máu đủ</translation>
    </message>
    <message>
        <source>Collected, incomplete</source>
        <translation>Lấy máu không đủ</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Không lấy được máu</translation>
    </message>
    <message>
        <source>Accepted, no unit yet</source>
        <translation>Đủ điều kiện, chưa có đơn vị máu</translation>
    </message>
    <message>
        <source>Left before giving</source>
        <translation>Ra về trước khi hiến</translation>
    </message>
    <message>
        <source>DINs used</source>
        <translation>Mã DIN đã dùng</translation>
    </message>
    <message>
        <source>DINs voided</source>
        <translation>Mã DIN đã hủy</translation>
    </message>
    <message>
        <source>DINs printed, not used or voided</source>
        <translation>Mã DIN đã in, chưa dùng hoặc chưa hủy</translation>
    </message>
    <message>
        <source>DINs used from pre-printed rolls</source>
        <translation>Mã DIN dùng từ cuộn nhãn in sẵn</translation>
    </message>
    <message>
        <source>This laptop: desk letter · DIN block</source>
        <translation>Máy này: chữ cái của bàn · dải số DIN</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Giấy chứng nhận đã cấp</translation>
    </message>
    <message>
        <source>Certificates voided</source>
        <translation>Giấy chứng nhận đã hủy</translation>
    </message>
    <message>
        <source>Certificate serials reserved, never confirmed</source>
        <translation>Số giấy chứng nhận đã giữ, chưa xác nhận in</translation>
    </message>
    <message>
        <source>Complete donations without a certificate</source>
        <translation>Lần hiến đủ chưa có giấy chứng nhận</translation>
    </message>
    <message>
        <source>Checked in but never screened: {count}</source>
        <translation>Đã tiếp nhận nhưng chưa khám: {count}</translation>
    </message>
    <message>
        <source>Accepted but no unit recorded: {count}</source>
        <translation>Đủ điều kiện nhưng chưa ghi đơn vị máu: {count}</translation>
    </message>
    <message>
        <source>Explained: {note}</source>
        <translation>Đã giải trình: {note}</translation>
    </message>
    <message>
        <source>Explain (e.g. left without giving; labels destroyed)</source>
        <translation>Giải trình (ví dụ: ra về không hiến; nhãn đã hủy)</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Lưu giải trình</translation>
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
        <source>Registry file</source>
        <translation>Tệp danh sách</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
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
        <source>The import failed and nothing was changed.</source>
        <translation>Nhập thất bại, dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Đã lưu báo cáo vào {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Open a backup file (USB stick)…</source>
        <translation>Mở tệp sao lưu (trên USB)…</translation>
    </message>
    <message>
        <source>Choose a backup to check it.</source>
        <translation>Chọn một bản sao lưu để kiểm tra.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <source>Backups on this laptop (newest first):</source>
        <translation>Các bản sao lưu trên máy này (mới nhất trước):</translation>
    </message>
    <message>
        <source>Restoring replaces the database with the backup. The database as it is now is kept aside, never deleted; the laptop then exchanges with the center as a new incarnation. Numbers it gave after the backup (tickets, DINs, certificate serials) are kept unused: read in the file kept aside, else a safety margin.</source>
        <translation>Khôi phục sẽ thay cơ sở dữ liệu bằng bản sao lưu. Cơ sở dữ liệu hiện tại được giữ lại riêng, không bao giờ bị xóa; sau đó máy trao đổi với trung tâm theo phiên cài đặt mới. Các số máy đã cấp sau bản sao lưu (số thứ tự, mã DIN, số sê-ri giấy chứng nhận) sẽ không được cấp lại: đọc từ tệp được giữ lại riêng, nếu không có thì để trống một khoảng dự phòng.</translation>
    </message>
    <message>
        <source>No backup on this laptop yet: open a backup file.</source>
        <translation>Máy này chưa có bản sao lưu nào: hãy mở một tệp sao lưu.</translation>
    </message>
    <message>
        <source>Open a backup file</source>
        <translation>Mở tệp sao lưu</translation>
    </message>
    <message>
        <source>HMTN backups (*.tar.age *.sqlite3)</source>
        <translation>Bản sao lưu HMTN (*.tar.age *.sqlite3)</translation>
    </message>
    <message>
        <source>The administrator&apos;s backup key (or the center&apos;s)</source>
        <translation>Khóa sao lưu của quản trị viên (hoặc của trung tâm)</translation>
    </message>
    <message>
        <source>Backup keys (*.txt);;All files (*)</source>
        <translation>Khóa sao lưu (*.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Đang kiểm tra {file}…</translation>
    </message>
    <message>
        <source>Backup {file}</source>
        <translation>Bản sao lưu {file}</translation>
    </message>
    <message>
        <source>Restore the backup made {when}? The app closes the database, keeps it aside as it is now, puts the backup in its place and opens it again.</source>
        <translation>Khôi phục bản sao lưu lúc {when}? Chương trình sẽ đóng cơ sở dữ liệu, giữ lại bản hiện tại, đặt bản sao lưu vào chỗ của nó rồi mở lại.</translation>
    </message>
</context>
<context>
    <name>RollDialog</name>
    <message>
        <source>Pre-printed label roll</source>
        <translation>Cuộn nhãn in sẵn</translation>
    </message>
    <message>
        <source>Scan the first and the last label of the roll. Every DIN scanned at collection is then checked against this range.</source>
        <translation>Quét nhãn đầu và nhãn cuối của cuộn. Mỗi mã DIN quét khi lấy máu sẽ được kiểm tra trong khoảng này.</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>Nhãn đầu</translation>
    </message>
    <message>
        <source>Last label</source>
        <translation>Nhãn cuối</translation>
    </message>
    <message>
        <source>Register the roll</source>
        <translation>Đăng ký cuộn nhãn</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <source>Eligibility rule set</source>
        <translation>Bộ tiêu chuẩn hiến máu</translation>
    </message>
    <message>
        <source>Install a rule set file…</source>
        <translation>Cài bộ tiêu chuẩn từ tệp…</translation>
    </message>
    <message>
        <source>Use the rule set shipped with the app</source>
        <translation>Dùng bộ tiêu chuẩn kèm theo phần mềm</translation>
    </message>
    <message>
        <source>A rule set is installed only when every case of its validation table passes: the file NAME-cases.csv beside NAME.toml, or a cases file you choose. Check it beforehand with: hmtn rules test CASES.csv --rules FILE</source>
        <translation>Bộ tiêu chuẩn chỉ được cài khi mọi ca trong bảng kiểm định của nó đều đạt: tệp NAME-cases.csv nằm cạnh NAME.toml, hoặc tệp ca kiểm định do bạn chọn. Có thể kiểm tra trước bằng lệnh: hmtn rules test CASES.csv --rules FILE</translation>
    </message>
    <message>
        <source>In use: {title} (version {version}, SHA-256 {sha256})</source>
        <translation>Đang dùng: {title} (phiên bản {version}, SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>The rule set installed earlier fails today&apos;s checks: the rule set shipped with the app is in force until a corrected one is installed.</source>
        <translation>Bộ tiêu chuẩn đã cài trước đây không đạt các kiểm tra hiện nay: phần mềm dùng bộ tiêu chuẩn kèm theo cho đến khi cài một bộ đã sửa.</translation>
    </message>
    <message>
        <source>This rule set was not installed: {path} cannot be used.</source>
        <translation>Chưa cài bộ tiêu chuẩn này: không dùng được {path}.</translation>
    </message>
    <message>
        <source>This rule set was not installed.</source>
        <translation>Chưa cài bộ tiêu chuẩn này.</translation>
    </message>
    <message>
        <source>Validation cases for {name}</source>
        <translation>Bảng ca kiểm định cho {name}</translation>
    </message>
    <message>
        <source>Validation cases (*.csv)</source>
        <translation>Bảng ca kiểm định (*.csv)</translation>
    </message>
    <message>
        <source>Not installed: a rule set needs its validation cases.</source>
        <translation>Chưa cài: bộ tiêu chuẩn cần có bảng ca kiểm định.</translation>
    </message>
    <message>
        <source>No {name} beside the file, and no cases file was chosen.</source>
        <translation>Không có {name} bên cạnh tệp, và chưa chọn tệp ca kiểm định nào.</translation>
    </message>
    <message>
        <source>Not installed: {failed} of {total} validation cases failed.</source>
        <translation>Chưa cài: {failed} trong số {total} ca kiểm định không đạt.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Không có ca kiểm định nào.</translation>
    </message>
    <message>
        <source>Installed: version {version}. All {total} validation cases passed.</source>
        <translation>Đã cài phiên bản {version}. Cả {total} ca kiểm định đều đạt.</translation>
    </message>
    <message>
        <source>The shipped rule set was not restored.</source>
        <translation>Chưa khôi phục được bộ tiêu chuẩn kèm theo phần mềm.</translation>
    </message>
    <message>
        <source>Rule set file</source>
        <translation>Tệp bộ tiêu chuẩn</translation>
    </message>
    <message>
        <source>Rule sets (*.toml)</source>
        <translation>Bộ tiêu chuẩn (*.toml)</translation>
    </message>
</context>
<context>
    <name>ScreenedList</name>
    <message>
        <source>Reopen the decision…</source>
        <translation>Mở lại kết luận…</translation>
    </message>
    <message>
        <source>Print the deferral slip… (Ctrl+P)</source>
        <translation>In phiếu tạm hoãn… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Screened at this drive</source>
        <translation>Đã khám tại điểm hiến máu này</translation>
    </message>
    <message>
        <source>Reopen the decision</source>
        <translation>Mở lại kết luận</translation>
    </message>
    <message>
        <source>Why is the decision for No. {number} {name} reopened?</source>
        <translation>Vì sao mở lại kết luận của STT {number} {name}?</translation>
    </message>
    <message>
        <source>Decision reopened: No. {number} {name} is back in the queue.</source>
        <translation>Đã mở lại kết luận: STT {number} {name} đã trở lại hàng chờ khám.</translation>
    </message>
    <message>
        <source>Choose a deferred donor in the list of screened donors.</source>
        <translation>Hãy chọn một người hiến bị tạm hoãn trong danh sách đã khám.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>The questionnaire has not been recorded yet.</source>
        <translation>Chưa ghi phiếu câu hỏi sức khỏe.</translation>
    </message>
    <message>
        <source>Questionnaire recorded by {name} at {time}.</source>
        <translation>Phiếu câu hỏi do {name} ghi lúc {time}.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>phần mềm</translation>
    </message>
    <message>
        <source>Accept, {volume} ml</source>
        <translation>Cho hiến {volume} ml</translation>
    </message>
    <message>
        <source>Defer until {date}</source>
        <translation>Hoãn đến {date}</translation>
    </message>
    <message>
        <source>Defer for today</source>
        <translation>Hoãn trong hôm nay</translation>
    </message>
    <message>
        <source>Defer permanently</source>
        <translation>Loại vĩnh viễn</translation>
    </message>
    <message>
        <source>Not complete: measurements are missing</source>
        <translation>Chưa đủ: còn thiếu chỉ số</translation>
    </message>
    <message>
        <source>Not complete: the health questionnaire is not recorded</source>
        <translation>Chưa đủ: chưa ghi phiếu câu hỏi sức khỏe</translation>
    </message>
    <message>
        <source>Proposed: {outcome}</source>
        <translation>Đề xuất: {outcome}</translation>
    </message>
</context>
<context>
    <name>ScreeningScreen</name>
    <message>
        <source>Record the questionnaire</source>
        <translation>Ghi phiếu câu hỏi</translation>
    </message>
    <message>
        <source>The donor has answered: ticked items are &quot;yes&quot;, the others &quot;no&quot;.</source>
        <translation>Người hiến đã trả lời: các mục đánh dấu là “có”, các mục còn lại là “không”.</translation>
    </message>
    <message>
        <source>Waiting for screening: {count}</source>
        <translation>Chờ khám sàng lọc: {count}</translation>
    </message>
    <message>
        <source>No. {number} — {name}</source>
        <translation>STT {number} — {name}</translation>
    </message>
    <message>
        <source>group not known</source>
        <translation>chưa rõ nhóm máu</translation>
    </message>
    <message>
        <source>{count} donations</source>
        <translation>{count} lần hiến</translation>
    </message>
    <message>
        <source>last {date} ({kind})</source>
        <translation>lần gần nhất {date} ({kind})</translation>
    </message>
    <message>
        <source>Choose a donor from the queue (Enter)</source>
        <translation>Chọn người hiến trong hàng chờ (Enter)</translation>
    </message>
    <message>
        <source>Recorded: No. {number} {name} — {decision}</source>
        <translation>Đã lưu: STT {number} {name} — {decision}</translation>
    </message>
</context>
<context>
    <name>SerialRunsDialog</name>
    <message>
        <source>Certificate form serials of {device}</source>
        <translation>Số sê-ri phôi giấy chứng nhận của {device}</translation>
    </message>
    <message>
        <source>&amp;Withdraw the run…</source>
        <translation>&amp;Thu hồi dãy phôi…</translation>
    </message>
    <message>
        <source>Prefix on the forms</source>
        <translation>Tiền tố trên phôi</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Số chữ số của phần số</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>Số đầu</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Số cuối</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Allocate the run</source>
        <translation>Cấp dãy phôi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>A new run for this laptop (a stack of forms):</source>
        <translation>Cấp dãy phôi mới cho máy này (một tập phôi):</translation>
    </message>
    <message>
        <source>First form</source>
        <translation>Phôi đầu</translation>
    </message>
    <message>
        <source>Last form</source>
        <translation>Phôi cuối</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Số phôi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} đến {last}</translation>
    </message>
    <message>
        <source>Forms {first} to {last} go to this laptop with its next package.</source>
        <translation>Phôi {first} đến {last} sẽ đến máy này cùng gói dữ liệu kế tiếp.</translation>
    </message>
    <message>
        <source>Withdraw a run of forms</source>
        <translation>Thu hồi dãy phôi</translation>
    </message>
    <message>
        <source>Withdraw forms {forms} from {device}? Why?</source>
        <translation>Thu hồi phôi {forms} của {device}? Lý do?</translation>
    </message>
    <message>
        <source>Forms {forms} withdrawn.</source>
        <translation>Đã thu hồi phôi {forms}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — HMTN Desk</source>
        <translation>Đăng nhập — HMTN Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Sign in to {file}</source>
        <translation>Đăng nhập vào {file}</translation>
    </message>
</context>
<context>
    <name>SiteSetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>Thiết lập ban đầu cho cơ sở</translation>
    </message>
    <message>
        <source>e.g. Viện Huyết học - Truyền máu Trung ương</source>
        <translation>ví dụ: Viện Huyết học - Truyền máu Trung ương</translation>
    </message>
    <message>
        <source>e.g. Hotline 1900 xxxx · 14 Trần Thái Tông</source>
        <translation>ví dụ: Đường dây nóng 1900 xxxx · 14 Trần Thái Tông</translation>
    </message>
    <message>
        <source>e.g. TTHH-HN</source>
        <translation>ví dụ: TTHH-HN</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>The collecting facility</source>
        <translation>Cơ sở tiếp nhận máu</translation>
    </message>
    <message>
        <source>Name (on the certificates)</source>
        <translation>Tên (in trên giấy chứng nhận)</translation>
    </message>
    <message>
        <source>Site code (in certificate serials)</source>
        <translation>Mã cơ sở (trong số sê-ri giấy chứng nhận)</translation>
    </message>
    <message>
        <source>FIN (on the DIN labels)</source>
        <translation>Mã FIN (trên nhãn DIN)</translation>
    </message>
    <message>
        <source>Contact line on the thank-you slip</source>
        <translation>Dòng liên hệ trên phiếu cảm ơn</translation>
    </message>
    <message>
        <source>Staff (more can be added later: Staff menu)</source>
        <translation>Nhân viên (có thể thêm sau ở menu Nhân viên)</translation>
    </message>
    <message>
        <source>Screening doctor</source>
        <translation>Bác sĩ khám sàng lọc</translation>
    </message>
    <message>
        <source>Collection nurse</source>
        <translation>Điều dưỡng lấy máu</translation>
    </message>
    <message>
        <source>The stations need these once. Each can be changed later under Settings; the site code and FIN come from the blood center.</source>
        <translation>Các bàn làm việc cần những thông tin này, chỉ nhập một lần. Có thể sửa lại sau trong menu Cài đặt; mã cơ sở và mã FIN do trung tâm truyền máu cấp.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Already here: {names}. Add someone only if needed.</source>
        <translation>Đã có: {names}. Chỉ thêm người khi cần.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Print the deferral slip</source>
        <translation>In phiếu tạm hoãn</translation>
    </message>
    <message>
        <source>The deferral slip was not printed.</source>
        <translation>Chưa in phiếu tạm hoãn.</translation>
    </message>
    <message>
        <source>Deferral slip printed for {name}.</source>
        <translation>Đã in phiếu tạm hoãn cho {name}.</translation>
    </message>
    <message>
        <source>Print the queue ticket: choose the roll printer</source>
        <translation>In phiếu số thứ tự: chọn máy in cuộn</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Nhân viên mới</translation>
    </message>
    <message>
        <source>Staff member: {name}</source>
        <translation>Nhân viên: {name}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>StaffListDialog</name>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Password and PIN…</source>
        <translation>Mật khẩu và mã PIN…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Nobody is deleted: a person who no longer works here is deactivated and is then no longer offered as operator, doctor or nurse.</source>
        <translation>Không xóa ai cả: người không còn làm việc ở đây được chuyển sang ngừng hoạt động và sẽ không còn xuất hiện trong danh sách người thao tác, bác sĩ hay điều dưỡng.</translation>
    </message>
    <message>
        <source>Staff of this site</source>
        <translation>Nhân viên của điểm hiến máu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>đã ngừng</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Cho hoạt động lại</translation>
    </message>
</context>
<context>
    <name>SwitchPersonDialog</name>
    <message>
        <source>Switch person</source>
        <translation>Đổi người</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Đổi người</translation>
    </message>
    <message>
        <source>Signed in now: {name}. The person taking over types their user name and PIN; what is recorded from then on is in their name.</source>
        <translation>Đang đăng nhập: {name}. Người nhận bàn nhập tên đăng nhập và mã PIN của mình; từ lúc đó mọi ghi nhận đều đứng tên người này.</translation>
    </message>
    <message>
        <source>Who takes over this desk?</source>
        <translation>Ai nhận bàn làm việc này?</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy bỏ</translation>
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
        <source>reception</source>
        <translation>tiếp đón</translation>
    </message>
    <message>
        <source>center operator</source>
        <translation>nhân viên trung tâm</translation>
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
