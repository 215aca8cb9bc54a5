<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HMTN Desk</source>
        <translation>About HMTN Desk</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, version {version}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Eligibility rule set</source>
        <translation>Eligibility rule set</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Voluntary blood drives: check-in, screening, collection and certificates, offline.</source>
        <translation>Voluntary blood drives: check-in, screening, collection and certificates, offline.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>No. {number}</source>
        <translation>No. {number}</translation>
    </message>
    <message>
        <source>Correct the unit {din}</source>
        <translation>Correct the unit {din}</translation>
    </message>
    <message>
        <source>No. {number} — {name}</source>
        <translation>No. {number} — {name}</translation>
    </message>
    <message>
        <source>DIN {din}</source>
        <translation>DIN {din}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>not collected</translation>
    </message>
    <message>
        <source>Why the record is corrected (required)</source>
        <translation>Why the record is corrected (required)</translation>
    </message>
    <message>
        <source>Volume collected (ml)</source>
        <translation>Volume collected (ml)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept as {path}.</source>
        <translation>The backup was restored. The database as it was before is kept as {path}.</translation>
    </message>
    <message>
        <source>Rebuilding the demo database…</source>
        <translation>Rebuilding the demo database…</translation>
    </message>
    <message>
        <source>{path} does not exist. Start a new, empty database there?</source>
        <translation>{path} does not exist. Start a new, empty database there?</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Everything saved before is safe. Details were written to {log}.</source>
        <translation>Something went wrong and the last action may not have been completed. Everything saved before is safe. Details were written to {log}.</translation>
    </message>
    <message>
        <source>Demo database: user {user}, password {password} (the README lists every user).</source>
        <translation>Demo database: user {user}, password {password} (the README lists every user).</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>Backing up the database before closing…</translation>
    </message>
    <message>
        <source>Close without this backup</source>
        <translation>Close without this backup</translation>
    </message>
</context>
<context>
    <name>AssignDeviceDialog</name>
    <message>
        <source>Assign a device to drive {code}</source>
        <translation>Assign a device to drive {code}</translation>
    </message>
    <message>
        <source>It gets a block of {size} DINs for the drive, from the top of its enrolled block.</source>
        <translation>It gets a block of {size} DINs for the drive, from the top of its enrolled block.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Every active device works this drive already.</source>
        <translation>Every active device works this drive already.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>The audit trail is broken: {problem}

Someone changed this laptop's database outside HMTN Desk. Nothing was repaired. Keep the laptop as it is and call the provincial center; tell them the entry named here. You may go on working: what you do is still recorded.</source>
        <translation>The audit trail is broken: {problem}

Someone changed this laptop's database outside HMTN Desk. Nothing was repaired. Keep the laptop as it is and call the provincial center; tell them the entry named here. You may go on working: what you do is still recorded.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>The audit trail could not be checked at start: {reason}</source>
        <translation>The audit trail could not be checked at start: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditNotes</name>
    <message>
        <source>after {after}</source>
        <translation>after {after}</translation>
    </message>
    <message>
        <source>signed in with a password</source>
        <translation>signed in with a password</translation>
    </message>
    <message>
        <source>signed in again after a restore (no password typed)</source>
        <translation>signed in again after a restore (no password typed)</translation>
    </message>
    <message>
        <source>signed in again after the demo was rebuilt (no password typed)</source>
        <translation>signed in again after the demo was rebuilt (no password typed)</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>screen unlocked</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>password set</translation>
    </message>
    <message>
        <source>wrong password at {at}</source>
        <translation>wrong password at {at}</translation>
    </message>
    <message>
        <source>wrong PIN at {at}</source>
        <translation>wrong PIN at {at}</translation>
    </message>
    <message>
        <source>user name {user}</source>
        <translation>user name {user}</translation>
    </message>
    <message>
        <source>user name {user}, first administrator</source>
        <translation>user name {user}, first administrator</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <source>PIN removed</source>
        <translation>PIN removed</translation>
    </message>
    <message>
        <source>PIN removed (deactivated)</source>
        <translation>PIN removed (deactivated)</translation>
    </message>
    <message>
        <source>database key escrowed to the center ({recipient})</source>
        <translation>database key escrowed to the center ({recipient})</translation>
    </message>
    <message>
        <source>key file recovered at the center for {user} at {at}</source>
        <translation>key file recovered at the center for {user} at {at}</translation>
    </message>
    <message>
        <source>certificates issued: {issued}; printed again: {reprinted}</source>
        <translation>certificates issued: {issued}; printed again: {reprinted}</translation>
    </message>
    <message>
        <source>labels: {sets} sets, DIN {first}..{last}</source>
        <translation>labels: {sets} sets, DIN {first}..{last}</translation>
    </message>
    <message>
        <source>from the screening</source>
        <translation>from the screening</translation>
    </message>
    <message>
        <source>donation counted</source>
        <translation>donation counted</translation>
    </message>
    <message>
        <source>collection time of {minutes} min confirmed by the nurse (outside {minimum}-{maximum} min)</source>
        <translation>collection time of {minutes} min confirmed by the nurse (outside {minimum}-{maximum} min)</translation>
    </message>
    <message>
        <source>import interrupted</source>
        <translation>import interrupted</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}): {rows} rows, {inserted} new, {updated} updated, import batch {batch}</source>
        <translation>{file} (sha256 {sha256}): {rows} rows, {inserted} new, {updated} updated, import batch {batch}</translation>
    </message>
    <message>
        <source>plan edited</source>
        <translation>plan edited</translation>
    </message>
    <message>
        <source>desk letter</source>
        <translation>desk letter</translation>
    </message>
    <message>
        <source>desk letter given by the center</source>
        <translation>desk letter given by the center</translation>
    </message>
    <message>
        <source>DIN block for drive {drive}</source>
        <translation>DIN block for drive {drive}</translation>
    </message>
    <message>
        <source>resized to {size}</source>
        <translation>resized to {size}</translation>
    </message>
    <message>
        <source>certificate form serials</source>
        <translation>certificate form serials</translation>
    </message>
    <message>
        <source>enrolled from {folder}</source>
        <translation>enrolled from {folder}</translation>
    </message>
    <message>
        <source>enrolled again from {folder}</source>
        <translation>enrolled again from {folder}</translation>
    </message>
    <message>
        <source>{source}: counters recomputed</source>
        <translation>{source}: counters recomputed</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}): {devices} devices, {revoked} revoked, {voided} voided serials</source>
        <translation>{file} (sha256 {sha256}): {devices} devices, {revoked} revoked, {voided} voided serials</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}) no. {number}: {counts}</source>
        <translation>{file} (sha256 {sha256}) no. {number}: {counts}</translation>
    </message>
    <message>
        <source>{file} (sha256 {sha256}), changes {first}..{last}</source>
        <translation>{file} (sha256 {sha256}), changes {first}..{last}</translation>
    </message>
    <message>
        <source>acknowledged by the center: export {export} ({at})</source>
        <translation>acknowledged by the center: export {export} ({at})</translation>
    </message>
    <message>
        <source>restored copy: the center holds changes through {through} of incarnation {incarnation} (export {export}), this database only through {local}</source>
        <translation>restored copy: the center holds changes through {through} of incarnation {incarnation} (export {export}), this database only through {local}</translation>
    </message>
    <message>
        <source>restored copy: exported through {through} in incarnation {incarnation} (epoch {epoch}), export {export}</source>
        <translation>restored copy: exported through {through} in incarnation {incarnation} (epoch {epoch}), export {export}</translation>
    </message>
    <message>
        <source>restored from {source} (made {made})</source>
        <translation>restored from {source} (made {made})</translation>
    </message>
    <message>
        <source>from {source}; the file before it kept as {aside}</source>
        <translation>from {source}; the file before it kept as {aside}</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}: {file}</translation>
    </message>
    <message>
        <source>to a USB stick: {file} ({recipients} recipients)</source>
        <translation>to a USB stick: {file} ({recipients} recipients)</translation>
    </message>
    <message>
        <source>{reason} not made: no room on the disk ({needed} needed, {free} free)</source>
        <translation>{reason} not made: no room on the disk ({needed} needed, {free} free)</translation>
    </message>
    <message>
        <source>rule set {version} (sha256 {sha256})</source>
        <translation>rule set {version} (sha256 {sha256})</translation>
    </message>
    <message>
        <source>{file}: {count} entries; filter {filter}</source>
        <translation>{file}: {count} entries; filter {filter}</translation>
    </message>
    <message>
        <source>new incarnation started by hand</source>
        <translation>new incarnation started by hand</translation>
    </message>
    <message>
        <source>{source}: same CCCD as {survivor}</source>
        <translation>{source}: same CCCD as {survivor}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>periodic backup</source>
        <translation>periodic backup</translation>
    </message>
    <message>
        <source>backup at the drive's close</source>
        <translation>backup at the drive's close</translation>
    </message>
    <message>
        <source>backup at exit</source>
        <translation>backup at exit</translation>
    </message>
    <message>
        <source>backup made on request</source>
        <translation>backup made on request</translation>
    </message>
</context>
<context>
    <name>AuditValues</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>amended</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>left before donating</source>
        <translation>left before donating</translation>
    </message>
    <message>
        <source>drive closed</source>
        <translation>drive closed</translation>
    </message>
    <message>
        <source>donation started</source>
        <translation>donation started</translation>
    </message>
    <message>
        <source>donation recorded</source>
        <translation>donation recorded</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <source>DIN used</source>
        <translation>DIN used</translation>
    </message>
    <message>
        <source>serial reserved</source>
        <translation>serial reserved</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <translation>certificate issued</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>printed again</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>new incarnation (restored copy)</source>
        <translation>new incarnation (restored copy)</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>person switched</source>
        <translation>person switched</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>screen unlocked</translation>
    </message>
    <message>
        <source>key recovered by the center</source>
        <translation>key recovered by the center</translation>
    </message>
    <message>
        <source>export written</source>
        <translation>export written</translation>
    </message>
    <message>
        <source>file imported</source>
        <translation>file imported</translation>
    </message>
    <message>
        <source>registry imported</source>
        <translation>registry imported</translation>
    </message>
    <message>
        <source>drive package installed</source>
        <translation>drive package installed</translation>
    </message>
    <message>
        <source>drive package written</source>
        <translation>drive package written</translation>
    </message>
    <message>
        <source>certificate keys published</source>
        <translation>certificate keys published</translation>
    </message>
    <message>
        <source>package number taken</source>
        <translation>package number taken</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>rule set installed</source>
        <translation>rule set installed</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>backup restored</translation>
    </message>
    <message>
        <source>audit trail exported</source>
        <translation>audit trail exported</translation>
    </message>
    <message>
        <source>merged from a site's file</source>
        <translation>merged from a site's file</translation>
    </message>
    <message>
        <source>two records made one person</source>
        <translation>two records made one person</translation>
    </message>
    <message>
        <source>site file accepted</source>
        <translation>site file accepted</translation>
    </message>
    <message>
        <source>site file rejected</source>
        <translation>site file rejected</translation>
    </message>
    <message>
        <source>unit released</source>
        <translation>unit released</translation>
    </message>
    <message>
        <source>unit discarded</source>
        <translation>unit discarded</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflict resolved</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>not the same person</translation>
    </message>
    <message>
        <source>same person merged</source>
        <translation>same person merged</translation>
    </message>
    <message>
        <source>lab results imported</source>
        <translation>lab results imported</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>lab result</translation>
    </message>
    <message>
        <source>lab results differ</source>
        <translation>lab results differ</translation>
    </message>
    <message>
        <source>lab difference decided</source>
        <translation>lab difference decided</translation>
    </message>
    <message>
        <source>lab result superseded</source>
        <translation>lab result superseded</translation>
    </message>
    <message>
        <source>lab result taken</source>
        <translation>lab result taken</translation>
    </message>
    <message>
        <source>lab result rejected</source>
        <translation>lab result rejected</translation>
    </message>
    <message>
        <source>donor to be notified</source>
        <translation>donor to be notified</translation>
    </message>
    <message>
        <source>notice withdrawn</source>
        <translation>notice withdrawn</translation>
    </message>
    <message>
        <source>donor notified</source>
        <translation>donor notified</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>name or CCCD</source>
        <translation>name or CCCD</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>record id</translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation>Every kind of record</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Between</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Audit trail: who did what, and when</source>
        <translation>Audit trail: who did what, and when</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Donor</source>
        <translation>&amp;Donor</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Old → new values</source>
        <translation>Old → new values</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} entries.</translation>
    </message>
    <message>
        <source>The newest {count} entries are shown: narrow the filter to see others.</source>
        <translation>The newest {count} entries are shown: narrow the filter to see others.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{count} entries written to {file}.</source>
        <translation>{count} entries written to {file}.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>Back up to &amp;USB…</source>
        <translation>Back up to &amp;USB…</translation>
    </message>
    <message>
        <source>Make the administrator's backup &amp;key…</source>
        <translation>Make the administrator's backup &amp;key…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Backup made: {path} ({size})</source>
        <translation>Backup made: {path} ({size})</translation>
    </message>
    <message>
        <source>A backup for a USB stick is encrypted for the administrator's backup key, and this laptop has none yet. Make it now, on the administrator's own USB stick?</source>
        <translation>A backup for a USB stick is encrypted for the administrator's backup key, and this laptop has none yet. Make it now, on the administrator's own USB stick?</translation>
    </message>
    <message>
        <source>Back up to USB</source>
        <translation>Back up to USB</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the backup</source>
        <translation>Choose the USB stick (or folder) for the backup</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size}). It opens with the administrator's backup key or the center's.</source>
        <translation>Encrypted backup written: {path} ({size}). It opens with the administrator's backup key or the center's.</translation>
    </message>
    <message>
        <source>Choose the administrator's own USB stick for the backup key</source>
        <translation>Choose the administrator's own USB stick for the backup key</translation>
    </message>
    <message>
        <source>The administrator's backup key</source>
        <translation>The administrator's backup key</translation>
    </message>
    <message>
        <source>The backup key was written to {path}. Keep that stick away from this laptop (or print the key and lock it away): a USB backup opens only with it or the center's key.</source>
        <translation>The backup key was written to {path}. Keep that stick away from this laptop (or print the key and lock it away): a USB backup opens only with it or the center's key.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up automatically: {path}</source>
        <translation>Backed up automatically: {path}</translation>
    </message>
    <message>
        <source>The automatic backup was skipped: {why}</source>
        <translation>The automatic backup was skipped: {why}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {why}</source>
        <translation>The automatic backup failed: {why}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>automatic (every few minutes)</source>
        <translation>automatic (every few minutes)</translation>
    </message>
    <message>
        <source>when a drive was closed</source>
        <translation>when a drive was closed</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>when the app was closed</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>on demand</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>not checked by this version</source>
        <translation>not checked by this version</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> and {count} more</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Made: {when}</translation>
    </message>
    <message>
        <source>Last change it holds: {when}</source>
        <translation>Last change it holds: {when}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Site: {site}</translation>
    </message>
    <message>
        <source>Drives: {count}</source>
        <translation>Drives: {count}</translation>
    </message>
    <message>
        <source>Donors: {donors} · visits: {visits} · donations: {donations}</source>
        <translation>Donors: {donors} · visits: {visits} · donations: {donations}</translation>
    </message>
    <message>
        <source>Database check: passed · audit chain: {chain}</source>
        <translation>Database check: passed · audit chain: {chain}</translation>
    </message>
    <message>
        <source>No file from after the backup could be read, so the numbers given since are unknown: a safety margin is kept unused ({tickets} tickets per desk at each open drive, {dins} DINs, {serials} certificate serials).</source>
        <translation>No file from after the backup could be read, so the numbers given since are unknown: a safety margin is kept unused ({tickets} tickets per desk at each open drive, {dins} DINs, {serials} certificate serials).</translation>
    </message>
    <message>
        <source>Numbers this laptop gave after the backup (read in the file kept aside) are kept unused:</source>
        <translation>Numbers this laptop gave after the backup (read in the file kept aside) are kept unused:</translation>
    </message>
    <message>
        <source>This laptop gave no numbers after the backup: they continue as before.</source>
        <translation>This laptop gave no numbers after the backup: they continue as before.</translation>
    </message>
    <message>
        <source>Tickets at {drive}, desk {letter}: continue from {next} ({first}–{last} kept unused).</source>
        <translation>Tickets at {drive}, desk {letter}: continue from {next} ({first}–{last} kept unused).</translation>
    </message>
    <message>
        <source>DINs {span} kept unused.</source>
        <translation>DINs {span} kept unused.</translation>
    </message>
    <message>
        <source>DINs: continue from {next} ({span} kept unused).</source>
        <translation>DINs: continue from {next} ({span} kept unused).</translation>
    </message>
    <message>
        <source>Certificate serials: continue from {next} ({first}–{last} kept unused).</source>
        <translation>Certificate serials: continue from {next} ({first}–{last} kept unused).</translation>
    </message>
    <message>
        <source>The DIN block {fin} {year} {first}–{last} has no room left after the margin: ask the center for another block before printing labels for it.</source>
        <translation>The DIN block {fin} {year} {first}–{last} has no room left after the margin: ask the center for another block before printing labels for it.</translation>
    </message>
</context>
<context>
    <name>BlockSizeDialog</name>
    <message>
        <source>Resize the DIN block of {device}</source>
        <translation>Resize the DIN block of {device}</translation>
    </message>
    <message>
        <source>Block now</source>
        <translation>Block now</translation>
    </message>
    <message>
        <source>{size} (one and a half times the target of {target} units)</source>
        <translation>{size} (one and a half times the target of {target} units)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>DINs in the block</source>
        <translation>DINs in the block</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Resize</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the certificate forms</source>
        <translation>Calibrate the certificate forms</translation>
    </message>
    <message>
        <source>Print the calibration page on a blank sheet, lay it over a form against the light and note how far the crosses are from the boxes. Positive x moves the values right, positive y moves them down.</source>
        <translation>Print the calibration page on a blank sheet, lay it over a form against the light and note how far the crosses are from the boxes. Positive x moves the values right, positive y moves them down.</translation>
    </message>
    <message>
        <source>Print the calibration page…</source>
        <translation>Print the calibration page…</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>x offset (mm)</source>
        <translation>x offset (mm)</translation>
    </message>
    <message>
        <source>y offset (mm)</source>
        <translation>y offset (mm)</translation>
    </message>
    <message>
        <source>Save the offsets</source>
        <translation>Save the offsets</translation>
    </message>
</context>
<context>
    <name>CenterCalendar</name>
    <message>
        <source>&amp;Plan a drive…</source>
        <translation>&amp;Plan a drive…</translation>
    </message>
    <message>
        <source>&amp;Edit the drive…</source>
        <translation>&amp;Edit the drive…</translation>
    </message>
    <message>
        <source>&amp;Assign a device…</source>
        <translation>&amp;Assign a device…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the device…</source>
        <translation>&amp;Withdraw the device…</translation>
    </message>
    <message>
        <source>Resi&amp;ze its DIN block…</source>
        <translation>Resi&amp;ze its DIN block…</translation>
    </message>
    <message>
        <source>Drives by date: planned here (they reach their laptops with the next package) or set up by a laptop (seen once its file was imported).</source>
        <translation>Drives by date: planned here (they reach their laptops with the next package) or set up by a laptop (seen once its file was imported).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>set up at a site</source>
        <translation>set up at a site</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>At the drive</source>
        <translation>At the drive</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>DIN block</translation>
    </message>
    <message>
        <source>DINs</source>
        <translation>DINs</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>carried: fixed</source>
        <translation>carried: fixed</translation>
    </message>
    <message>
        <source>not yet written: may change</source>
        <translation>not yet written: may change</translation>
    </message>
    <message>
        <source>Choose a drive to see its laptops.</source>
        <translation>Choose a drive to see its laptops.</translation>
    </message>
    <message>
        <source>Laptops of drive {code} ({date}):</source>
        <translation>Laptops of drive {code} ({date}):</translation>
    </message>
    <message>
        <source>Drive {code} planned for {date}.</source>
        <translation>Drive {code} planned for {date}.</translation>
    </message>
    <message>
        <source>The device works drive {code} now.</source>
        <translation>The device works drive {code} now.</translation>
    </message>
    <message>
        <source>Withdraw a device</source>
        <translation>Withdraw a device</translation>
    </message>
    <message>
        <source>Take {device} off drive {code}? Its DIN block for the drive is withdrawn too. Why?</source>
        <translation>Take {device} off drive {code}? Its DIN block for the drive is withdrawn too. Why?</translation>
    </message>
    <message>
        <source>{device} no longer works drive {code}.</source>
        <translation>{device} no longer works drive {code}.</translation>
    </message>
</context>
<context>
    <name>CenterConflicts</name>
    <message>
        <source>change {n} after restore {epoch}</source>
        <translation>change {n} after restore {epoch}</translation>
    </message>
    <message>
        <source>change {n}</source>
        <translation>change {n}</translation>
    </message>
    <message>
        <source>The center's registry</source>
        <translation>The center's registry</translation>
    </message>
    <message>
        <source>A decision at the center</source>
        <translation>A decision at the center</translation>
    </message>
    <message>
        <source>{site} · {device} (desk {letter})</source>
        <translation>{site} · {device} (desk {letter})</translation>
    </message>
    <message>
        <source>Device {device}</source>
        <translation>Device {device}</translation>
    </message>
    <message>
        <source>&amp;Keep this version…</source>
        <translation>&amp;Keep this version…</translation>
    </message>
    <message>
        <source>Records changed on two devices: nothing was overwritten. Compare the versions (what differs is listed first), choose the column of the one to keep, and keep it with the reason.</source>
        <translation>Records changed on two devices: nothing was overwritten. Compare the versions (what differs is listed first), choose the column of the one to keep, and keep it with the reason.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Resolved by</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Decision reason</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>What differs</translation>
    </message>
    <message>
        <source>record {id}</source>
        <translation>record {id}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <source>Keep the version from {source} as the record. Why?</source>
        <translation>Keep the version from {source} as the record. Why?</translation>
    </message>
    <message>
        <source>The version from {source} is the record now.</source>
        <translation>The version from {source} is the record now.</translation>
    </message>
</context>
<context>
    <name>CenterDevices</name>
    <message>
        <source>The center's keys (the sites compare these fingerprints)</source>
        <translation>The center's keys (the sites compare these fingerprints)</translation>
    </message>
    <message>
        <source>&amp;Add from an enrolment folder…</source>
        <translation>&amp;Add from an enrolment folder…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>&amp;Desk letter…</source>
        <translation>&amp;Desk letter…</translation>
    </message>
    <message>
        <source>Certificate &amp;forms…</source>
        <translation>Certificate &amp;forms…</translation>
    </message>
    <message>
        <source>Enrolled devices: the center accepts files only from the active ones.</source>
        <translation>Enrolled devices: the center accepts files only from the active ones.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>DIN block</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>{time}: {reason}</source>
        <translation>{time}: {reason}</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Add a device</translation>
    </message>
    <message>
        <source>Folder with enrolment.json and device.minisign.pub</source>
        <translation>Folder with enrolment.json and device.minisign.pub</translation>
    </message>
    <message>
        <source>{site} · {device} (desk {letter})

Fingerprint of its signing key:
{fingerprint}

Compare it with the one the site reads out from its laptop. Add this device?</source>
        <translation>{site} · {device} (desk {letter})

Fingerprint of its signing key:
{fingerprint}

Compare it with the one the site reads out from its laptop. Add this device?</translation>
    </message>
    <message>
        <source>{device} of {site} enrolled again.</source>
        <translation>{device} of {site} enrolled again.</translation>
    </message>
    <message>
        <source>{device} of {site} added.</source>
        <translation>{device} of {site} added.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <source>Revoke {device} of {site}? Its files are rejected from now on. Why (lost, stolen, retired…)?</source>
        <translation>Revoke {device} of {site}? Its files are rejected from now on. Why (lost, stolen, retired…)?</translation>
    </message>
    <message>
        <source>{device} of {site} revoked.</source>
        <translation>{device} of {site} revoked.</translation>
    </message>
    <message>
        <source>Desk letter</source>
        <translation>Desk letter</translation>
    </message>
    <message>
        <source>The desk letter of {device} of {site}: one letter, A to Z, that no other laptop of the site has. Its queue numbers start with it.</source>
        <translation>The desk letter of {device} of {site}: one letter, A to Z, that no other laptop of the site has. Its queue numbers start with it.</translation>
    </message>
    <message>
        <source>{device} is desk {letter} from its next package on.</source>
        <translation>{device} is desk {letter} from its next package on.</translation>
    </message>
</context>
<context>
    <name>CenterImports</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>The last import, file by file:</source>
        <translation>The last import, file by file:</translation>
    </message>
    <message>
        <source>Every file the center received, newest first:</source>
        <translation>Every file the center received, newest first:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Export no.</source>
        <translation>Export no.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Conflicting</source>
        <translation>Conflicting</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Units quarantined</source>
        <translation>Units quarantined</translation>
    </message>
    <message>
        <source>People merged</source>
        <translation>People merged</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Audit trail broken: {problem}</source>
        <translation>Audit trail broken: {problem}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>New / unchanged / updated / conflicting</source>
        <translation>New / unchanged / updated / conflicting</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Choose the files the sites sent</source>
        <translation>Choose the files the sites sent</translation>
    </message>
    <message>
        <source>Export files (*.hmtn.age)</source>
        <translation>Export files (*.hmtn.age)</translation>
    </message>
    <message>
        <source>{files} files: {accepted} accepted, {already} imported before, {rejected} rejected.</source>
        <translation>{files} files: {accepted} accepted, {already} imported before, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Cancelled: the file being merged was left out entirely; the files before it are imported (listed below).</source>
        <translation>Cancelled: the file being merged was left out entirely; the files before it are imported (listed below).</translation>
    </message>
</context>
<context>
    <name>CenterKeys</name>
    <message>
        <source>The center's keys</source>
        <translation>The center's keys</translation>
    </message>
    <message>
        <source>Folder with center.pub, escrow.pub, center.minisign.pub</source>
        <translation>Folder with center.pub, escrow.pub, center.minisign.pub</translation>
    </message>
    <message>
        <source>Compare these fingerprints with the ones the center gives you (by phone, for example):

{lines}

Install these keys? Files for the center are then encrypted to them.</source>
        <translation>Compare these fingerprints with the ones the center gives you (by phone, for example):

{lines}

Install these keys? Files for the center are then encrypted to them.</translation>
    </message>
    <message>
        <source>The center's keys are installed: export files are encrypted to them from now on. If the center has not enrolled this laptop yet, its IT officer writes the laptop's enrolment with hmtn device enrol --out FOLDER and registers it at the center; files from a laptop not enrolled are refused there.</source>
        <translation>The center's keys are installed: export files are encrypted to them from now on. If the center has not enrolled this laptop yet, its IT officer writes the laptop's enrolment with hmtn device enrol --out FOLDER and registers it at the center; files from a laptop not enrolled are refused there.</translation>
    </message>
</context>
<context>
    <name>CenterLab</name>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Import results…</translation>
    </message>
    <message>
        <source>What became of each file imported appears here.</source>
        <translation>What became of each file imported appears here.</translation>
    </message>
    <message>
        <source>&amp;Keep the recorded…</source>
        <translation>&amp;Keep the recorded…</translation>
    </message>
    <message>
        <source>&amp;Take the laboratory's…</source>
        <translation>&amp;Take the laboratory's…</translation>
    </message>
    <message>
        <source>The last import:</source>
        <translation>The last import:</translation>
    </message>
    <message>
        <source>Files imported, newest first:</source>
        <translation>Files imported, newest first:</translation>
    </message>
    <message>
        <source>Lab conflicts: other results for a unit that has some, or a blood group other than the recorded one. Nothing is overwritten until a person decides, with the reason.</source>
        <translation>Lab conflicts: other results for a unit that has some, or a blood group other than the recorded one. Nothing is overwritten until a person decides, with the reason.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Reactive</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Unit (DIN)</source>
        <translation>Unit (DIN)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Decision reason</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Keep the first results, or take the later ones.</source>
        <translation>Keep the first results, or take the later ones.</translation>
    </message>
    <message>
        <source>Keep the recorded blood group, or take the laboratory's.</source>
        <translation>Keep the recorded blood group, or take the laboratory's.</translation>
    </message>
    <message>
        <source>Keep the first results</source>
        <translation>Keep the first results</translation>
    </message>
    <message>
        <source>Why do the first results of unit {din} ({donor}) stay?</source>
        <translation>Why do the first results of unit {din} ({donor}) stay?</translation>
    </message>
    <message>
        <source>The first results of unit {din} stay.</source>
        <translation>The first results of unit {din} stay.</translation>
    </message>
    <message>
        <source>Take the later results</source>
        <translation>Take the later results</translation>
    </message>
    <message>
        <source>Why do the later results of unit {din} ({donor}) replace the first ones?</source>
        <translation>Why do the later results of unit {din} ({donor}) replace the first ones?</translation>
    </message>
    <message>
        <source>The later results of unit {din} are taken.</source>
        <translation>The later results of unit {din} are taken.</translation>
    </message>
    <message>
        <source>Keep the recorded blood group</source>
        <translation>Keep the recorded blood group</translation>
    </message>
    <message>
        <source>Why does {donor} keep the recorded blood group {recorded} (laboratory: {lab})?</source>
        <translation>Why does {donor} keep the recorded blood group {recorded} (laboratory: {lab})?</translation>
    </message>
    <message>
        <source>{donor} keeps the blood group {recorded}.</source>
        <translation>{donor} keeps the blood group {recorded}.</translation>
    </message>
    <message>
        <source>Take the laboratory's blood group</source>
        <translation>Take the laboratory's blood group</translation>
    </message>
    <message>
        <source>Why is the laboratory's blood group {lab} taken for {donor} (recorded: {recorded})?</source>
        <translation>Why is the laboratory's blood group {lab} taken for {donor} (recorded: {recorded})?</translation>
    </message>
    <message>
        <source>{donor}'s blood group is {lab} from now on.</source>
        <translation>{donor}'s blood group is {lab} from now on.</translation>
    </message>
    <message>
        <source>Choose the laboratory's results files</source>
        <translation>Choose the laboratory's results files</translation>
    </message>
    <message>
        <source>Results files (*.csv *.xlsx);;All files (*)</source>
        <translation>Results files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>{files} files: {refused} refused, the others imported.</source>
        <translation>{files} files: {refused} refused, the others imported.</translation>
    </message>
    <message>
        <source>Cancelled: nothing of the file being stored was kept; the files before it are imported (listed below).</source>
        <translation>Cancelled: nothing of the file being stored was kept; the files before it are imported (listed below).</translation>
    </message>
</context>
<context>
    <name>CenterNotices</name>
    <message>
        <source>&amp;Told…</source>
        <translation>&amp;Told…</translation>
    </message>
    <message>
        <source>Donors with a marker the laboratory confirmed positive: they are deferred for good, and must be told and counselled. Record how and when each was told.</source>
        <translation>Donors with a marker the laboratory confirmed positive: they are deferred for good, and must be told and counselled. Record how and when each was told.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Unit (DIN)</source>
        <translation>Unit (DIN)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>The results a person took later are not positive.</source>
        <translation>The results a person took later are not positive.</translation>
    </message>
    <message>
        <source>Confirmed positive: {markers} (tested {date})</source>
        <translation>Confirmed positive: {markers} (tested {date})</translation>
    </message>
    <message>
        <source>{donor}: told, recorded.</source>
        <translation>{donor}: told, recorded.</translation>
    </message>
</context>
<context>
    <name>CenterPackages</name>
    <message>
        <source>drives planned</source>
        <translation>drives planned</translation>
    </message>
    <message>
        <source>files imported</source>
        <translation>files imported</translation>
    </message>
    <message>
        <source>lab results</source>
        <translation>lab results</translation>
    </message>
    <message>
        <source>registry decisions</source>
        <translation>registry decisions</translation>
    </message>
    <message>
        <source>its desk letter or enrolment</source>
        <translation>its desk letter or enrolment</translation>
    </message>
    <message>
        <source>another rule set</source>
        <translation>another rule set</translation>
    </message>
    <message>
        <source>Before a drive, each laptop that works it gets its own package: the registry, the rule set, its planned drives and number blocks. Select the laptops (Ctrl or Shift for several), then prepare their packages onto a USB stick.</source>
        <translation>Before a drive, each laptop that works it gets its own package: the registry, the rule set, its planned drives and number blocks. Select the laptops (Ctrl or Shift for several), then prepare their packages onto a USB stick.</translation>
    </message>
    <message>
        <source>&amp;Prepare packages…</source>
        <translation>&amp;Prepare packages…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Coming drives</source>
        <translation>Coming drives</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>no. {number}, {time}</source>
        <translation>no. {number}, {time}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>To prepare: no package yet</source>
        <translation>To prepare: no package yet</translation>
    </message>
    <message>
        <source>Out of date: {changes} since</source>
        <translation>Out of date: {changes} since</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) to write the packages to</source>
        <translation>Choose the USB stick (or folder) to write the packages to</translation>
    </message>
    <message>
        <source>Type the center's passphrase to sign the packages:</source>
        <translation>Type the center's passphrase to sign the packages:</translation>
    </message>
    <message>
        <source>{device}: not written: {why}</source>
        <translation>{device}: not written: {why}</translation>
    </message>
    <message>
        <source>{device}: package {number} written ({people} people): {file}</source>
        <translation>{device}: package {number} written ({people} people): {file}</translation>
    </message>
    <message>
        <source>Cancelled: the package being prepared was not written; nothing of it is on the stick.</source>
        <translation>Cancelled: the package being prepared was not written; nothing of it is on the stick.</translation>
    </message>
</context>
<context>
    <name>CenterQuarantine</name>
    <message>
        <source>the other on {date}, interval {days} days</source>
        <translation>the other on {date}, interval {days} days</translation>
    </message>
    <message>
        <source>deferred permanently</source>
        <translation>deferred permanently</translation>
    </message>
    <message>
        <source>deferred until {date}</source>
        <translation>deferred until {date}</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Release…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Units held by the center's safety checks, on the date of each donation, or by the laboratory's results. Release or discard each one, with the reason.</source>
        <translation>Units held by the center's safety checks, on the date of each donation, or by the laboratory's results. Release or discard each one, with the reason.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Unit (DIN)</source>
        <translation>Unit (DIN)</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Donation date</source>
        <translation>Donation date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>Why it is held</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Decision reason</translation>
    </message>
    <message>
        <source>Release the unit</source>
        <translation>Release the unit</translation>
    </message>
    <message>
        <source>Why may unit {din} ({donor}) go on?</source>
        <translation>Why may unit {din} ({donor}) go on?</translation>
    </message>
    <message>
        <source>Unit {din} released.</source>
        <translation>Unit {din} released.</translation>
    </message>
    <message>
        <source>Discard the unit</source>
        <translation>Discard the unit</translation>
    </message>
    <message>
        <source>Why is unit {din} ({donor}) to be discarded?</source>
        <translation>Why is unit {din} ({donor}) to be discarded?</translation>
    </message>
    <message>
        <source>Unit {din} to be discarded.</source>
        <translation>Unit {din} to be discarded.</translation>
    </message>
</context>
<context>
    <name>CenterRegistry</name>
    <message>
        <source>Check a &amp;certificate…</source>
        <translation>Check a &amp;certificate…</translation>
    </message>
    <message>
        <source>Scan a CCCD, or type an ID, phone, date of birth or name; Enter searches</source>
        <translation>Scan a CCCD, or type an ID, phone, date of birth or name; Enter searches</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Blood group</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>Last donation</source>
        <translation>Last donation</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Seen at</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>the registry</translation>
    </message>
    <message>
        <source>permanent: {reason}</source>
        <translation>permanent: {reason}</translation>
    </message>
    <message>
        <source>until {date}: {reason}</source>
        <translation>until {date}: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{count} people found</source>
        <translation>{count} people found</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site · drive</source>
        <translation>Site · drive</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Volume (ml)</source>
        <translation>Volume (ml)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Select a person to see their donations.</source>
        <translation>Select a person to see their donations.</translation>
    </message>
    <message>
        <source>{name}: {count} donations held at the center</source>
        <translation>{name}: {count} donations held at the center</translation>
    </message>
</context>
<context>
    <name>CenterReviews</name>
    <message>
        <source>&amp;Same person: merge…</source>
        <translation>&amp;Same person: merge…</translation>
    </message>
    <message>
        <source>T&amp;wo people…</source>
        <translation>T&amp;wo people…</translation>
    </message>
    <message>
        <source>Two records with the same name and date of birth, not both with a CCCD. Compare them; one person is merged (both histories kept), two people stay apart.</source>
        <translation>Two records with the same name and date of birth, not both with a CCCD. Compare them; one person is merged (both histories kept), two people stay apart.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>First record</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Second record</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Decision reason</source>
        <translation>Decision reason</translation>
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
        <translation>Sex</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Blood group</translation>
    </message>
    <message>
        <source>Donations at the center</source>
        <translation>Donations at the center</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Same person</translation>
    </message>
    <message>
        <source>{name}: why are the two records one person?</source>
        <translation>{name}: why are the two records one person?</translation>
    </message>
    <message>
        <source>{name}: the two records are one person now.</source>
        <translation>{name}: the two records are one person now.</translation>
    </message>
    <message>
        <source>Two people</source>
        <translation>Two people</translation>
    </message>
    <message>
        <source>{name}: why are these two different people?</source>
        <translation>{name}: why are these two different people?</translation>
    </message>
    <message>
        <source>{name}: kept as two people.</source>
        <translation>{name}: kept as two people.</translation>
    </message>
</context>
<context>
    <name>CenterValues</name>
    <message>
        <source>Too soon after another donation of this person</source>
        <translation>Too soon after another donation of this person</translation>
    </message>
    <message>
        <source>The person was deferred at another drive on that date</source>
        <translation>The person was deferred at another drive on that date</translation>
    </message>
    <message>
        <source>The registry's deferral was in force on that date</source>
        <translation>The registry's deferral was in force on that date</translation>
    </message>
    <message>
        <source>Its DIN is on another unit too</source>
        <translation>Its DIN is on another unit too</translation>
    </message>
    <message>
        <source>Its certificate serial is on another certificate too</source>
        <translation>Its certificate serial is on another certificate too</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>discarded</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>two people</source>
        <translation>two people</translation>
    </message>
    <message>
        <source>one person (merged)</source>
        <translation>one person (merged)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Repeat-reactive in the laboratory, not confirmed yet</source>
        <translation>Repeat-reactive in the laboratory, not confirmed yet</translation>
    </message>
    <message>
        <source>Confirmed positive in the laboratory</source>
        <translation>Confirmed positive in the laboratory</translation>
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
        <translation>syphilis</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>reactive</source>
        <translation>reactive</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <source>Other results</source>
        <translation>Other results</translation>
    </message>
    <message>
        <source>Other blood group</source>
        <translation>Other blood group</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>to decide</translation>
    </message>
    <message>
        <source>recorded kept</source>
        <translation>recorded kept</translation>
    </message>
    <message>
        <source>laboratory's taken</source>
        <translation>laboratory's taken</translation>
    </message>
    <message>
        <source>to notify</source>
        <translation>to notify</translation>
    </message>
    <message>
        <source>notified</source>
        <translation>notified</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>no longer needed</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>by text message (SMS, Zalo)</source>
        <translation>by text message (SMS, Zalo)</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>by letter</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>accepted and merged</source>
        <translation>accepted and merged</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>not resolved yet</translation>
    </message>
    <message>
        <source>times outside the drive's day</source>
        <translation>times outside the drive's day</translation>
    </message>
    <message>
        <source>a time in the future</source>
        <translation>a time in the future</translation>
    </message>
    <message>
        <source>a DIN outside its device's block</source>
        <translation>a DIN outside its device's block</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donor</translation>
    </message>
    <message>
        <source>blood unit</source>
        <translation>blood unit</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>screening</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>drive</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>DIN label</source>
        <translation>DIN label</translation>
    </message>
    <message>
        <source>label roll</source>
        <translation>label roll</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>end-of-day note</source>
        <translation>end-of-day note</translation>
    </message>
    <message>
        <source>donation in the chair</source>
        <translation>donation in the chair</translation>
    </message>
    <message>
        <source>rule set</source>
        <translation>rule set</translation>
    </message>
    <message>
        <source>audit trail entry</source>
        <translation>audit trail entry</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>this installation</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>staff role</source>
        <translation>staff role</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>questionnaire draft</source>
        <translation>questionnaire draft</translation>
    </message>
    <message>
        <source>numbers kept unused after a restore</source>
        <translation>numbers kept unused after a restore</translation>
    </message>
    <message>
        <source>export file</source>
        <translation>export file</translation>
    </message>
    <message>
        <source>site file received</source>
        <translation>site file received</translation>
    </message>
    <message>
        <source>drive package installed</source>
        <translation>drive package installed</translation>
    </message>
    <message>
        <source>drive package written</source>
        <translation>drive package written</translation>
    </message>
    <message>
        <source>registry import</source>
        <translation>registry import</translation>
    </message>
    <message>
        <source>drive assignment</source>
        <translation>drive assignment</translation>
    </message>
    <message>
        <source>block of numbers</source>
        <translation>block of numbers</translation>
    </message>
    <message>
        <source>conflicting change</source>
        <translation>conflicting change</translation>
    </message>
    <message>
        <source>possible same person</source>
        <translation>possible same person</translation>
    </message>
    <message>
        <source>held unit</source>
        <translation>held unit</translation>
    </message>
    <message>
        <source>lab results file</source>
        <translation>lab results file</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>lab result</translation>
    </message>
    <message>
        <source>lab difference</source>
        <translation>lab difference</translation>
    </message>
    <message>
        <source>donor notice</source>
        <translation>donor notice</translation>
    </message>
    <message>
        <source>audit chain anchor</source>
        <translation>audit chain anchor</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
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
        <translation>date of birth</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>ABO group</source>
        <translation>ABO group</translation>
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
        <translation>volume (ml)</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>donation type</source>
        <translation>donation type</translation>
    </message>
    <message>
        <source>bag type</source>
        <translation>bag type</translation>
    </message>
    <message>
        <source>bag lot</source>
        <translation>bag lot</translation>
    </message>
    <message>
        <source>started at</source>
        <translation>started at</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>ended at</translation>
    </message>
    <message>
        <source>deferred until</source>
        <translation>deferred until</translation>
    </message>
    <message>
        <source>deferral reason</source>
        <translation>deferral reason</translation>
    </message>
    <message>
        <source>permanent deferral</source>
        <translation>permanent deferral</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <source>haemoglobin</source>
        <translation>haemoglobin</translation>
    </message>
    <message>
        <source>weight (kg)</source>
        <translation>weight (kg)</translation>
    </message>
    <message>
        <source>reason abandoned</source>
        <translation>reason abandoned</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>audit chain hash</source>
        <translation>audit chain hash</translation>
    </message>
    <message>
        <source>audit chain place</source>
        <translation>audit chain place</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>first registry stored in bulk since</source>
        <translation>first registry stored in bulk since</translation>
    </message>
    <message>
        <source>size (bytes)</source>
        <translation>size (bytes)</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>other campaign</source>
        <translation>other campaign</translation>
    </message>
    <message>
        <source>checked in at</source>
        <translation>checked in at</translation>
    </message>
    <message>
        <source>checked in by</source>
        <translation>checked in by</translation>
    </message>
    <message>
        <source>version chosen</source>
        <translation>version chosen</translation>
    </message>
    <message>
        <source>closed at</source>
        <translation>closed at</translation>
    </message>
    <message>
        <source>closed by</source>
        <translation>closed by</translation>
    </message>
    <message>
        <source>decided at</source>
        <translation>decided at</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>decided by</translation>
    </message>
    <message>
        <source>reason for the decision</source>
        <translation>reason for the decision</translation>
    </message>
    <message>
        <source>desk letter</source>
        <translation>desk letter</translation>
    </message>
    <message>
        <source>laptop name</source>
        <translation>laptop name</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>diastolic pressure</translation>
    </message>
    <message>
        <source>first DIN of the block</source>
        <translation>first DIN of the block</translation>
    </message>
    <message>
        <source>last DIN of the block</source>
        <translation>last DIN of the block</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>doctor</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>donations</translation>
    </message>
    <message>
        <source>first donor</source>
        <translation>first donor</translation>
    </message>
    <message>
        <source>second donor</source>
        <translation>second donor</translation>
    </message>
    <message>
        <source>donor's deferral before</source>
        <translation>donor's deferral before</translation>
    </message>
    <message>
        <source>donor's history before</source>
        <translation>donor's history before</translation>
    </message>
    <message>
        <source>duration confirmed</source>
        <translation>duration confirmed</translation>
    </message>
    <message>
        <source>enrolled at</source>
        <translation>enrolled at</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>first number</source>
        <translation>first number</translation>
    </message>
    <message>
        <source>first row</source>
        <translation>first row</translation>
    </message>
    <message>
        <source>for the laptop</source>
        <translation>for the laptop</translation>
    </message>
    <message>
        <source>haemoglobin (g/l)</source>
        <translation>haemoglobin (g/l)</translation>
    </message>
    <message>
        <source>haemoglobin method</source>
        <translation>haemoglobin method</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>versions</translation>
    </message>
    <message>
        <source>last sign of life</source>
        <translation>last sign of life</translation>
    </message>
    <message>
        <source>incarnation</source>
        <translation>incarnation</translation>
    </message>
    <message>
        <source>integrity code</source>
        <translation>integrity code</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>key id</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>drive, FIN or serial prefix</source>
        <translation>drive, FIN or serial prefix</translation>
    </message>
    <message>
        <source>desk letter or year</source>
        <translation>desk letter or year</translation>
    </message>
    <message>
        <source>known from</source>
        <translation>known from</translation>
    </message>
    <message>
        <source>laboratory's ABO group</source>
        <translation>laboratory's ABO group</translation>
    </message>
    <message>
        <source>laboratory's Rh</source>
        <translation>laboratory's Rh</translation>
    </message>
    <message>
        <source>label prints</source>
        <translation>label prints</translation>
    </message>
    <message>
        <source>last number</source>
        <translation>last number</translation>
    </message>
    <message>
        <source>last change number</source>
        <translation>last change number</translation>
    </message>
    <message>
        <source>last donation</source>
        <translation>last donation</translation>
    </message>
    <message>
        <source>last donation type</source>
        <translation>last donation type</translation>
    </message>
    <message>
        <source>last row</source>
        <translation>last row</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>reason for leaving</translation>
    </message>
    <message>
        <source>left in good health</source>
        <translation>left in good health</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <source>changed here at</source>
        <translation>changed here at</translation>
    </message>
    <message>
        <source>how</source>
        <translation>how</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>name for searching</source>
        <translation>name for searching</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notified by</source>
        <translation>notified by</translation>
    </message>
    <message>
        <source>notified on</source>
        <translation>notified on</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>organizer</translation>
    </message>
    <message>
        <source>label origin</source>
        <translation>label origin</translation>
    </message>
    <message>
        <source>rules overridden</source>
        <translation>rules overridden</translation>
    </message>
    <message>
        <source>reason for overriding</source>
        <translation>reason for overriding</translation>
    </message>
    <message>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>nurse at the chair</source>
        <translation>nurse at the chair</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefix</translation>
    </message>
    <message>
        <source>times printed</source>
        <translation>times printed</translation>
    </message>
    <message>
        <source>printed at</source>
        <translation>printed at</translation>
    </message>
    <message>
        <source>printed by</source>
        <translation>printed by</translation>
    </message>
    <message>
        <source>proposed decision</source>
        <translation>proposed decision</translation>
    </message>
    <message>
        <source>proposed deferral until</source>
        <translation>proposed deferral until</translation>
    </message>
    <message>
        <source>proposed volume (ml)</source>
        <translation>proposed volume (ml)</translation>
    </message>
    <message>
        <source>province code</source>
        <translation>province code</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>pulse</source>
        <translation>pulse</translation>
    </message>
    <message>
        <source>regular pulse</source>
        <translation>regular pulse</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>questionnaire at</source>
        <translation>questionnaire at</translation>
    </message>
    <message>
        <source>questionnaire by</source>
        <translation>questionnaire by</translation>
    </message>
    <message>
        <source>queue letter</source>
        <translation>queue letter</translation>
    </message>
    <message>
        <source>queue number</source>
        <translation>queue number</translation>
    </message>
    <message>
        <source>rare blood</source>
        <translation>rare blood</translation>
    </message>
    <message>
        <source>reaction</source>
        <translation>reaction</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>reaction at</source>
        <translation>reaction at</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>reasons</translation>
    </message>
    <message>
        <source>encryption recipient</source>
        <translation>encryption recipient</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>recorded ABO group</source>
        <translation>recorded ABO group</translation>
    </message>
    <message>
        <source>recorded Rh</source>
        <translation>recorded Rh</translation>
    </message>
    <message>
        <source>donations in the registry</source>
        <translation>donations in the registry</translation>
    </message>
    <message>
        <source>registry imported at</source>
        <translation>registry imported at</translation>
    </message>
    <message>
        <source>last donation in the registry</source>
        <translation>last donation in the registry</translation>
    </message>
    <message>
        <source>last donation type in the registry</source>
        <translation>last donation type in the registry</translation>
    </message>
    <message>
        <source>reserve club</source>
        <translation>reserve club</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>resolved at</source>
        <translation>resolved at</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>resolved by</translation>
    </message>
    <message>
        <source>reason revoked</source>
        <translation>reason revoked</translation>
    </message>
    <message>
        <source>revoked at</source>
        <translation>revoked at</translation>
    </message>
    <message>
        <source>revoked by</source>
        <translation>revoked by</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>rule set checksum</source>
        <translation>rule set checksum</translation>
    </message>
    <message>
        <source>rule set version</source>
        <translation>rule set version</translation>
    </message>
    <message>
        <source>from change</source>
        <translation>from change</translation>
    </message>
    <message>
        <source>to change</source>
        <translation>to change</translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation>sequence number</translation>
    </message>
    <message>
        <source>checksum (SHA-256)</source>
        <translation>checksum (SHA-256)</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>signing key</translation>
    </message>
    <message>
        <source>single row</source>
        <translation>single row</translation>
    </message>
    <message>
        <source>site code</source>
        <translation>site code</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>import in progress</source>
        <translation>import in progress</translation>
    </message>
    <message>
        <source>rows staged</source>
        <translation>rows staged</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>street address</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>systolic pressure</translation>
    </message>
    <message>
        <source>target units</source>
        <translation>target units</translation>
    </message>
    <message>
        <source>temperature (°C)</source>
        <translation>temperature (°C)</translation>
    </message>
    <message>
        <source>tested on</source>
        <translation>tested on</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>reason voided</source>
        <translation>reason voided</translation>
    </message>
    <message>
        <source>ward code</source>
        <translation>ward code</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>ward</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>written at</source>
        <translation>written at</translation>
    </message>
    <message>
        <source>written by</source>
        <translation>written by</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>counts</translation>
    </message>
    <message>
        <source>imported at</source>
        <translation>imported at</translation>
    </message>
    <message>
        <source>imported by</source>
        <translation>imported by</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>kind of record</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>interface language</translation>
    </message>
    <message>
        <source>last folder used</source>
        <translation>last folder used</translation>
    </message>
    <message>
        <source>facility's name</source>
        <translation>facility's name</translation>
    </message>
    <message>
        <source>center's contact line</source>
        <translation>center's contact line</translation>
    </message>
    <message>
        <source>drive shown last</source>
        <translation>drive shown last</translation>
    </message>
    <message>
        <source>station shown last</source>
        <translation>station shown last</translation>
    </message>
    <message>
        <source>minutes between backups</source>
        <translation>minutes between backups</translation>
    </message>
    <message>
        <source>administrator's backup key</source>
        <translation>administrator's backup key</translation>
    </message>
    <message>
        <source>queue tickets printed</source>
        <translation>queue tickets printed</translation>
    </message>
    <message>
        <source>queue ticket printer</source>
        <translation>queue ticket printer</translation>
    </message>
    <message>
        <source>sample tubes</source>
        <translation>sample tubes</translation>
    </message>
    <message>
        <source>certificate paper</source>
        <translation>certificate paper</translation>
    </message>
    <message>
        <source>certificates printed to</source>
        <translation>certificates printed to</translation>
    </message>
    <message>
        <source>shortest collection (minutes)</source>
        <translation>shortest collection (minutes)</translation>
    </message>
    <message>
        <source>longest collection (minutes)</source>
        <translation>longest collection (minutes)</translation>
    </message>
    <message>
        <source>changes the center acknowledged</source>
        <translation>changes the center acknowledged</translation>
    </message>
    <message>
        <source>center's encryption key</source>
        <translation>center's encryption key</translation>
    </message>
    <message>
        <source>center's escrow key</source>
        <translation>center's escrow key</translation>
    </message>
    <message>
        <source>center's signing key</source>
        <translation>center's signing key</translation>
    </message>
    <message>
        <source>rule set's validation table</source>
        <translation>rule set's validation table</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>demo database</translation>
    </message>
    <message>
        <source>label sets per print</source>
        <translation>label sets per print</translation>
    </message>
    <message>
        <source>label layout</source>
        <translation>label layout</translation>
    </message>
    <message>
        <source>labels printed to</source>
        <translation>labels printed to</translation>
    </message>
    <message>
        <source>label printer</source>
        <translation>label printer</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>pre-printed form offset of {printer}</source>
        <translation>pre-printed form offset of {printer}</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>not collected</translation>
    </message>
    <message>
        <source>deferred for a time</source>
        <translation>deferred for a time</translation>
    </message>
    <message>
        <source>deferred permanently</source>
        <translation>deferred permanently</translation>
    </message>
    <message>
        <source>waiting for screening</source>
        <translation>waiting for screening</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>donated</source>
        <translation>donated</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registry</translation>
    </message>
    <message>
        <source>single bag</source>
        <translation>single bag</translation>
    </message>
    <message>
        <source>double bag</source>
        <translation>double bag</translation>
    </message>
    <message>
        <source>triple bag</source>
        <translation>triple bag</translation>
    </message>
    <message>
        <source>quadruple bag</source>
        <translation>quadruple bag</translation>
    </message>
    <message>
        <source>immediate vasovagal reaction</source>
        <translation>immediate vasovagal reaction</translation>
    </message>
    <message>
        <source>immediate vasovagal reaction with fainting</source>
        <translation>immediate vasovagal reaction with fainting</translation>
    </message>
    <message>
        <source>delayed vasovagal reaction</source>
        <translation>delayed vasovagal reaction</translation>
    </message>
    <message>
        <source>delayed vasovagal reaction with fainting</source>
        <translation>delayed vasovagal reaction with fainting</translation>
    </message>
    <message>
        <source>haematoma</source>
        <translation>haematoma</translation>
    </message>
    <message>
        <source>arterial puncture</source>
        <translation>arterial puncture</translation>
    </message>
    <message>
        <source>nerve injury</source>
        <translation>nerve injury</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>quick meter</source>
        <translation>quick meter</translation>
    </message>
    <message>
        <source>copper sulphate</source>
        <translation>copper sulphate</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>blank paper</source>
        <translation>blank paper</translation>
    </message>
    <message>
        <source>pre-printed form</source>
        <translation>pre-printed form</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>allocated</translation>
    </message>
    <message>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <source>printed here</source>
        <translation>printed here</translation>
    </message>
    <message>
        <source>pre-printed roll</source>
        <translation>pre-printed roll</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>check-in clerk</source>
        <translation>check-in clerk</translation>
    </message>
    <message>
        <source>screening doctor</source>
        <translation>screening doctor</translation>
    </message>
    <message>
        <source>collection nurse</source>
        <translation>collection nurse</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>device {device}</source>
        <translation>device {device}</translation>
    </message>
</context>
<context>
    <name>CenterWindow</name>
    <message>
        <source>HMTN Desk — Provincial blood center</source>
        <translation>HMTN Desk — Provincial blood center</translation>
    </message>
    <message>
        <source>Files from the sites</source>
        <translation>Files from the sites</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Quarantined units</source>
        <translation>Quarantined units</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>People to review</source>
        <translation>People to review</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Lab results</translation>
    </message>
    <message>
        <source>To notify</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>Drive calendar</source>
        <translation>Drive calendar</translation>
    </message>
    <message>
        <source>Packages for the laptops</source>
        <translation>Packages for the laptops</translation>
    </message>
    <message>
        <source>&amp;Center</source>
        <translation>&amp;Center</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Staff list…</source>
        <translation>&amp;Staff list…</translation>
    </message>
    <message>
        <source>&amp;Add a staff member…</source>
        <translation>&amp;Add a staff member…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About HMTN Desk…</source>
        <translation>&amp;About HMTN Desk…</translation>
    </message>
    <message>
        <source>Provincial center · {devices} devices · {held} units held · {conflicts} conflicts · {reviews} people to review</source>
        <translation>Provincial center · {devices} devices · {held} units held · {conflicts} conflicts · {reviews} people to review</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>device {device} ({name}) of site {site}</source>
        <translation>device {device} ({name}) of site {site}</translation>
    </message>
    <message>
        <source>Not a certificate's QR text: it starts with HMTN2| or HMTN1|.</source>
        <translation>Not a certificate's QR text: it starts with HMTN2| or HMTN1|.</translation>
    </message>
    <message>
        <source>An HMTN1 certificate (printed before certificates were signed): only the center's register can check it (--db with the center's database).</source>
        <translation>An HMTN1 certificate (printed before certificates were signed): only the center's register can check it (--db with the center's database).</translation>
    </message>
    <message>
        <source>Cannot be checked: key {key} is the key of no laptop known here (a laptop the center has not enrolled, or an invented certificate).</source>
        <translation>Cannot be checked: key {key} is the key of no laptop known here (a laptop the center has not enrolled, or an invented certificate).</translation>
    </message>
    <message>
        <source>Not valid: its code, donation or DIN are not those of the certificate of this serial in the center's register: altered or invented.</source>
        <translation>Not valid: its code, donation or DIN are not those of the certificate of this serial in the center's register: altered or invented.</translation>
    </message>
    <message>
        <source>Not valid: the text is not what {device} signed with key {key}: the certificate was altered or invented.</source>
        <translation>Not valid: the text is not what {device} signed with key {key}: the certificate was altered or invented.</translation>
    </message>
    <message>
        <source>Voided on {date}: {reason}</source>
        <translation>Voided on {date}: {reason}</translation>
    </message>
    <message>
        <source>Voided on {date} (the reason is kept at the center).</source>
        <translation>Voided on {date} (the reason is kept at the center).</translation>
    </message>
    <message>
        <source>Cannot be trusted without the center: signed by {device}, a laptop revoked on {date} ({reason}); its key may be in other hands. Only the center's register can vouch for it.</source>
        <translation>Cannot be trusted without the center: signed by {device}, a laptop revoked on {date} ({reason}); its key may be in other hands. Only the center's register can vouch for it.</translation>
    </message>
    <message>
        <source>Not confirmed: the center has no certificate {serial}. Either the site's files with it have not reached the center yet, or it was invented.</source>
        <translation>Not confirmed: the center has no certificate {serial}. Either the site's files with it have not reached the center yet, or it was invented.</translation>
    </message>
    <message>
        <source>Signed by {device}, but the center has no certificate {serial}: either the site's files with it have not reached the center yet, or it was made with that laptop's key by someone else.</source>
        <translation>Signed by {device}, but the center has no certificate {serial}: either the site's files with it have not reached the center yet, or it was made with that laptop's key by someone else.</translation>
    </message>
    <message>
        <source>Valid, but an HMTN1 certificate proves less: its serial, donation and DIN are those of a certificate in the center's register; its code covers neither the name, the volume nor the date: compare them with the register's below.</source>
        <translation>Valid, but an HMTN1 certificate proves less: its serial, donation and DIN are those of a certificate in the center's register; its code covers neither the name, the volume nor the date: compare them with the register's below.</translation>
    </message>
    <message>
        <source>Valid: issued by {device}, key {key}.</source>
        <translation>Valid: issued by {device}, key {key}.</translation>
    </message>
    <message>
        <source>{ml} ml</source>
        <translation>{ml} ml</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Donor (register)</source>
        <translation>Donor (register)</translation>
    </message>
    <message>
        <source>Volume (register)</source>
        <translation>Volume (register)</translation>
    </message>
    <message>
        <source>Date (register)</source>
        <translation>Date (register)</translation>
    </message>
    <message>
        <source>In the register as reserved, its printing never confirmed: ask the site whether it was handed out.</source>
        <translation>In the register as reserved, its printing never confirmed: ask the site whether it was handed out.</translation>
    </message>
    <message>
        <source>In the register: issued, not voided.</source>
        <translation>In the register: issued, not voided.</translation>
    </message>
    <message>
        <source>Its laptop was revoked on {date} ({reason}).</source>
        <translation>Its laptop was revoked on {date} ({reason}).</translation>
    </message>
    <message>
        <source>The signature is sound, but the center's records now hold other values (corrected after printing?):</source>
        <translation>The signature is sound, but the center's records now hold other values (corrected after printing?):</translation>
    </message>
</context>
<context>
    <name>CertificateCheckDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Scan the QR code of the certificate (or paste its text), then Enter: it is checked against the keys of the laptops enrolled here and the register.</source>
        <translation>Scan the QR code of the certificate (or paste its text), then Enter: it is checked against the keys of the laptops enrolled here and the register.</translation>
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
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
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
        <translation>Certificate</translation>
    </message>
    <message>
        <source>blank paper (whole certificate, A5)</source>
        <translation>blank paper (whole certificate, A5)</translation>
    </message>
    <message>
        <source>pre-printed forms (values only)</source>
        <translation>pre-printed forms (values only)</translation>
    </message>
    <message>
        <source>serial of the first form in the printer</source>
        <translation>serial of the first form in the printer</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>Print the selected</source>
        <translation>Print the selected</translation>
    </message>
    <message>
        <source>Print all not yet issued</source>
        <translation>Print all not yet issued</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Reprint the selected</source>
        <translation>Reprint the selected</translation>
    </message>
    <message>
        <source>Void the selected…</source>
        <translation>Void the selected…</translation>
    </message>
    <message>
        <source>Thank-you slips</source>
        <translation>Thank-you slips</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>Register (PDF)</source>
        <translation>Register (PDF)</translation>
    </message>
    <message>
        <source>Register for the center (CSV)…</source>
        <translation>Register for the center (CSV)…</translation>
    </message>
    <message>
        <source>Calibrate the forms…</source>
        <translation>Calibrate the forms…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>First serial</source>
        <translation>First serial</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Complete donations: {total} · certificates not yet issued: {pending}</source>
        <translation>Complete donations: {total} · certificates not yet issued: {pending}</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>not yet issued</translation>
    </message>
    <message>
        <source>{serial}: reserved, never confirmed</source>
        <translation>{serial}: reserved, never confirmed</translation>
    </message>
    <message>
        <source>{serial} issued (printed {times}×)</source>
        <translation>{serial} issued (printed {times}×)</translation>
    </message>
    <message>
        <source>{count} certificates voided; their serials stay used.</source>
        <translation>{count} certificates voided; their serials stay used.</translation>
    </message>
    <message>
        <source>Not printed: cancelled</source>
        <translation>Not printed: cancelled</translation>
    </message>
    <message>
        <source>Cancelled; the reserved serials were voided, none was issued.</source>
        <translation>Cancelled; the reserved serials were voided, none was issued.</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>Not printed: {error}</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <source>Saved {what}: {path}</source>
        <translation>Saved {what}: {path}</translation>
    </message>
    <message>
        <source>Printed {what}.</source>
        <translation>Printed {what}.</translation>
    </message>
    <message>
        <source>Choose donations that have no certificate yet.</source>
        <translation>Choose donations that have no certificate yet.</translation>
    </message>
    <message>
        <source>{count} certificates issued: {first} to {last}.</source>
        <translation>{count} certificates issued: {first} to {last}.</translation>
    </message>
    <message>
        <source>Choose certificates already issued.</source>
        <translation>Choose certificates already issued.</translation>
    </message>
    <message>
        <source>{count} certificates printed again.</source>
        <translation>{count} certificates printed again.</translation>
    </message>
    <message>
        <source>Void certificates</source>
        <translation>Void certificates</translation>
    </message>
    <message>
        <source>Why are they voided? The serials stay used.</source>
        <translation>Why are they voided? The serials stay used.</translation>
    </message>
    <message>
        <source>The certificates could not be printed; the reserved serials were voided, none was issued.</source>
        <translation>The certificates could not be printed; the reserved serials were voided, none was issued.</translation>
    </message>
    <message>
        <source>Choose the donors to print slips for.</source>
        <translation>Choose the donors to print slips for.</translation>
    </message>
    <message>
        <source>the thank-you slips of {count} donors</source>
        <translation>the thank-you slips of {count} donors</translation>
    </message>
    <message>
        <source>Certificate register — drive {code}</source>
        <translation>Certificate register — drive {code}</translation>
    </message>
    <message>
        <source>the certificate register</source>
        <translation>the certificate register</translation>
    </message>
    <message>
        <source>Register for the center</source>
        <translation>Register for the center</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{count} register lines written.</source>
        <translation>{count} register lines written.</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>e.g. Viện Huyết học - Truyền máu Trung ương</source>
        <translation>e.g. Viện Huyết học - Truyền máu Trung ương</translation>
    </message>
    <message>
        <source>e.g. Hotline 1900 xxxx · 14 Trần Thái Tông, Hà Nội</source>
        <translation>e.g. Hotline 1900 xxxx · 14 Trần Thái Tông, Hà Nội</translation>
    </message>
    <message>
        <source>Collecting facility</source>
        <translation>Collecting facility</translation>
    </message>
    <message>
        <source>Contact line on the thank-you slip</source>
        <translation>Contact line on the thank-you slip</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ChairModel</name>
    <message>
        <source>Started on another laptop of the drive</source>
        <translation>Started on another laptop of the drive</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Scan the CCCD card, or type a CCCD/CMND, phone, date of birth or name</source>
        <translation>Scan the CCCD card, or type a CCCD/CMND, phone, date of birth or name</translation>
    </message>
    <message>
        <source>New donor…</source>
        <translation>New donor…</translation>
    </message>
    <message>
        <source>Print the queue ticket</source>
        <translation>Print the queue ticket</translation>
    </message>
    <message>
        <source>Donors found: {count}</source>
        <translation>Donors found: {count}</translation>
    </message>
    <message>
        <source>The first {count} donors found; type more to narrow the search</source>
        <translation>The first {count} donors found; type more to narrow the search</translation>
    </message>
    <message>
        <source>The queue ticket was not printed: {detail}</source>
        <translation>The queue ticket was not printed: {detail}</translation>
    </message>
    <message>
        <source>Queue tickets print on the roll printer only, and none was chosen: this ticket was not printed and ticket printing is now off. Tick "Print the queue ticket" again once the roll printer is connected.</source>
        <translation>Queue tickets print on the roll printer only, and none was chosen: this ticket was not printed and ticket printing is now off. Tick "Print the queue ticket" again once the roll printer is connected.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No drives yet.</source>
        <translation>No drives yet.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>End-of-day report of drive {code} ({pages} pages): {path}</source>
        <translation>End-of-day report of drive {code} ({pages} pages): {path}</translation>
    </message>
    <message>
        <source>--donors takes a number from {low} to {high}.</source>
        <translation>--donors takes a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Demo database written: {path}</source>
        <translation>Demo database written: {path}</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>{path} cannot be used as a rule set:</source>
        <translation>{path} cannot be used as a rule set:</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}); the DINs stay allocated to the drive and can be reprinted.</source>
        <translation>{path} cannot be written ({error}); the DINs stay allocated to the drive and can be reprinted.</translation>
    </message>
    <message>
        <source>{count} label sets ({pages} pages): {first} to {last}, in {path}</source>
        <translation>{count} label sets ({pages} pages): {first} to {last}, in {path}</translation>
    </message>
    <message>
        <source>Issued certificates carry their own serials: print them again one by one, or use --pending.</source>
        <translation>Issued certificates carry their own serials: print them again one by one, or use --pending.</translation>
    </message>
    <message>
        <source>No certificate to print.</source>
        <translation>No certificate to print.</translation>
    </message>
    <message>
        <source>Not printed: the command was refused</source>
        <translation>Not printed: the command was refused</translation>
    </message>
    <message>
        <source>Not printed: {path} could not be written ({error})</source>
        <translation>Not printed: {path} could not be written ({error})</translation>
    </message>
    <message>
        <source>Export no. {number} (changes after {first} up to {last}): {records}.</source>
        <translation>Export no. {number} (changes after {first} up to {last}): {records}.</translation>
    </message>
    <message>
        <source>Signature: {path}</source>
        <translation>Signature: {path}</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}).</source>
        <translation>{path} cannot be written ({error}).</translation>
    </message>
    <message>
        <source>Something went wrong and the command did not finish. Everything saved before is safe. Details were written to {log}.</source>
        <translation>Something went wrong and the command did not finish. Everything saved before is safe. Details were written to {log}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file, or rebuild it with --reset.</source>
        <translation>{path} already exists; choose another file, or rebuild it with --reset.</translation>
    </message>
    <message>
        <source>{path} is not a demo database; it was left as it is.</source>
        <translation>{path} is not a demo database; it was left as it is.</translation>
    </message>
    <message>
        <source>Demo database rebuilt: {path}</source>
        <translation>Demo database rebuilt: {path}</translation>
    </message>
    <message>
        <source>Not printed: the command was interrupted or failed</source>
        <translation>Not printed: the command was interrupted or failed</translation>
    </message>
    <message>
        <source>{count} certificates ({pages} pages), serials {first} to {last}: {path}</source>
        <translation>{count} certificates ({pages} pages), serials {first} to {last}: {path}</translation>
    </message>
    <message>
        <source>Preview only: nothing was entered in the register.</source>
        <translation>Preview only: nothing was entered in the register.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} cannot be read ({error}).</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>The two passphrases differ; nothing was done.</translation>
    </message>
    <message>
        <source>Passphrase of the center's keys: </source>
        <translation>Passphrase of the center's keys: </translation>
    </message>
    <message>
        <source>{file}: rejected: {reason}</source>
        <translation>{file}: rejected: {reason}</translation>
    </message>
    <message>
        <source>{file}: imported before; nothing new.</source>
        <translation>{file}: imported before; nothing new.</translation>
    </message>
    <message>
        <source>{file}: accepted (site {site}, device {device}, export {number})</source>
        <translation>{file}: accepted (site {site}, device {device}, export {number})</translation>
    </message>
    <message>
        <source>  records: {new} new, {unchanged} unchanged, {updated} updated, {conflicting} conflicting</source>
        <translation>  records: {new} new, {unchanged} unchanged, {updated} updated, {conflicting} conflicting</translation>
    </message>
    <message>
        <source>  units quarantined: {quarantined}; people merged: {merged}; to review: {reviews}; values held: {held}; flags (clocks, DIN blocks): {flags}</source>
        <translation>  units quarantined: {quarantined}; people merged: {merged}; to review: {reviews}; values held: {held}; flags (clocks, DIN blocks): {flags}</translation>
    </message>
    <message>
        <source>  audit trail: no chain head in the file (an earlier version).</source>
        <translation>  audit trail: no chain head in the file (an earlier version).</translation>
    </message>
    <message>
        <source>  audit trail: continues the device's chain ({checked} entries).</source>
        <translation>  audit trail: continues the device's chain ({checked} entries).</translation>
    </message>
    <message>
        <source>  audit trail: {restore}</source>
        <translation>  audit trail: {restore}</translation>
    </message>
    <message>
        <source>  audit trail BROKEN (device {device}): {problem}</source>
        <translation>  audit trail BROKEN (device {device}): {problem}</translation>
    </message>
    <message>
        <source>{files} files: {accepted} accepted, {already} imported before, {rejected} rejected.</source>
        <translation>{files} files: {accepted} accepted, {already} imported before, {rejected} rejected.</translation>
    </message>
    <message>
        <source>There is no passphrase file {path}.</source>
        <translation>There is no passphrase file {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a passphrase file.</source>
        <translation>{path} is a folder, not a passphrase file.</translation>
    </message>
    <message>
        <source>Passphrase of the escrow key (Enter: the same): </source>
        <translation>Passphrase of the escrow key (Enter: the same): </translation>
    </message>
    <message>
        <source>Center database: {path}</source>
        <translation>Center database: {path}</translation>
    </message>
    <message>
        <source>Keep escrow-key.age and its passphrase offline, away from this computer: the center database does not hold the escrow key.</source>
        <translation>Keep escrow-key.age and its passphrase offline, away from this computer: the center database does not hold the escrow key.</translation>
    </message>
    <message>
        <source>Keys written to {path}</source>
        <translation>Keys written to {path}</translation>
    </message>
    <message>
        <source>Device {device} enrolled again: {name}, desk {letter} (its name, desk letter and age key as the new file says).</source>
        <translation>Device {device} enrolled again: {name}, desk {letter} (its name, desk letter and age key as the new file says).</translation>
    </message>
    <message>
        <source>Device {device} enrolled: site {site}, {name}, desk {letter}, FIN {fin}, DINs {first} to {last}.</source>
        <translation>Device {device} enrolled: site {site}, {name}, desk {letter}, FIN {fin}, DINs {first} to {last}.</translation>
    </message>
    <message>
        <source>Its enrolment file is of an older version, without the laptop's age key: the center writes it no drive package until it enrols again (hmtn device enrol).</source>
        <translation>Its enrolment file is of an older version, without the laptop's age key: the center writes it no drive package until it enrols again (hmtn device enrol).</translation>
    </message>
    <message>
        <source>Signing key {key_id}, fingerprint {fingerprint}</source>
        <translation>Signing key {key_id}, fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Device {device} revoked: its files are rejected from now on.</source>
        <translation>Device {device} revoked: its files are rejected from now on.</translation>
    </message>
    <message>
        <source>Why is the device revoked (lost, stolen, retired…)? </source>
        <translation>Why is the device revoked (lost, stolen, retired…)? </translation>
    </message>
    <message>
        <source>no reason given (revoked from the command line)</source>
        <translation>no reason given (revoked from the command line)</translation>
    </message>
    <message>
        <source>No devices enrolled yet.</source>
        <translation>No devices enrolled yet.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>FIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>DIN block</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>The center's keys are installed; compare their fingerprints with the center's:</source>
        <translation>The center's keys are installed; compare their fingerprints with the center's:</translation>
    </message>
    <message>
        <source>Device {device} of site {site}, desk {letter}, DINs {first} to {last}.</source>
        <translation>Device {device} of site {site}, desk {letter}, DINs {first} to {last}.</translation>
    </message>
    <message>
        <source>Enrolment written to {path}</source>
        <translation>Enrolment written to {path}</translation>
    </message>
    <message>
        <source>New incarnation {incarnation}, epoch {epoch}; the next export is number {number} or later.</source>
        <translation>New incarnation {incarnation}, epoch {epoch}; the next export is number {number} or later.</translation>
    </message>
    <message>
        <source>{files} files: {accepted} imported, {already} imported before, {refused} refused.</source>
        <translation>{files} files: {accepted} imported, {already} imported before, {refused} refused.</translation>
    </message>
    <message>
        <source>Package {number} for {device} ({site}, {name}): {persons} people ({deferred} deferred), {drives} planned drives, {blocks} number blocks.</source>
        <translation>Package {number} for {device} ({site}, {name}): {persons} people ({deferred} deferred), {drives} planned drives, {blocks} number blocks.</translation>
    </message>
    <message>
        <source>{count} people are left out: no CCCD or old CMND of theirs can go on a registry line (a number missing, or one another person carries too). Put their records right at the center.</source>
        <translation>{count} people are left out: no CCCD or old CMND of theirs can go on a registry line (a number missing, or one another person carries too). Put their records right at the center.</translation>
    </message>
    <message>
        <source>Of them, {count} are deferred: no laptop learns of their deferral until their records carry a CCCD or an old CMND. Put these first.</source>
        <translation>Of them, {count} are deferred: no laptop learns of their deferral until their records carry a CCCD or an old CMND. Put these first.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the package file (.hmtn.age) inside it.</source>
        <translation>{path} is a folder: choose the package file (.hmtn.age) inside it.</translation>
    </message>
    <message>
        <source>Checking the center's signature and opening the package</source>
        <translation>Checking the center's signature and opening the package</translation>
    </message>
    <message>
        <source>Checking the package's registry</source>
        <translation>Checking the package's registry</translation>
    </message>
    <message>
        <source>Storing the new donors</source>
        <translation>Storing the new donors</translation>
    </message>
    <message>
        <source>No password: this command needs --password-file FILE when it is not run at a terminal.</source>
        <translation>No password: this command needs --password-file FILE when it is not run at a terminal.</translation>
    </message>
    <message>
        <source>{path} is not encrypted yet: create its administrator first (open it in HMTN Desk, or run this command again with --create --user NAME --full-name "FULL NAME").</source>
        <translation>{path} is not encrypted yet: create its administrator first (open it in HMTN Desk, or run this command again with --create --user NAME --full-name "FULL NAME").</translation>
    </message>
    <message>
        <source>Who is signing in? Add --user NAME (and, in a script, --password-file FILE).</source>
        <translation>Who is signing in? Add --user NAME (and, in a script, --password-file FILE).</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>Password of {user}: </translation>
    </message>
    <message>
        <source>New administrator {user}, choose a password: </source>
        <translation>New administrator {user}, choose a password: </translation>
    </message>
    <message>
        <source>{path} is encrypted; its administrator is {user}.</source>
        <translation>{path} is encrypted; its administrator is {user}.</translation>
    </message>
    <message>
        <source>Passphrase of the escrow key: </source>
        <translation>Passphrase of the escrow key: </translation>
    </message>
    <message>
        <source>New password of {user}: </source>
        <translation>New password of {user}: </translation>
    </message>
    <message>
        <source>Key file written: {path}. Put it beside the laptop's database, named {name}; then {user} signs in with the new password.</source>
        <translation>Key file written: {path}. Put it beside the laptop's database, named {name}; then {user} signs in with the new password.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: {error}</source>
        <translation>The audit trail could not be checked: {error}</translation>
    </message>
    <message>
        <source>Audit trail intact: {checked} entries checked ({devices} devices).</source>
        <translation>Audit trail intact: {checked} entries checked ({devices} devices).</translation>
    </message>
    <message>
        <source>Audit trail BROKEN: {checked} entries checked, {broken} broken links.</source>
        <translation>Audit trail BROKEN: {checked} entries checked, {broken} broken links.</translation>
    </message>
    <message>
        <source>First broken link: {what}</source>
        <translation>First broken link: {what}</translation>
    </message>
    <message>
        <source>Entry id: {entry}</source>
        <translation>Entry id: {entry}</translation>
    </message>
    <message>
        <source>Nothing was repaired. Keep this laptop as it is and call the provincial center: it holds the chain's anchor from this laptop's exports.</source>
        <translation>Nothing was repaired. Keep this laptop as it is and call the provincial center: it holds the chain's anchor from this laptop's exports.</translation>
    </message>
    <message>
        <source>{count} entries received before the chain existed could not be checked.</source>
        <translation>{count} entries received before the chain existed could not be checked.</translation>
    </message>
    <message>
        <source>Say what to check against: --db with the center's database, or --keys with the center's published keys file and --center-key with its public key.</source>
        <translation>Say what to check against: --db with the center's database, or --keys with the center's published keys file and --center-key with its public key.</translation>
    </message>
    <message>
        <source>--keys needs --center-key: the center's public key (center.minisign.pub), as the center published it, which must have signed the keys file.</source>
        <translation>--keys needs --center-key: the center's public key (center.minisign.pub), as the center published it, which must have signed the keys file.</translation>
    </message>
    <message>
        <source>Checked against the center's keys file of {date}: {path}</source>
        <translation>Checked against the center's keys file of {date}: {path}</translation>
    </message>
    <message>
        <source>The keys of {devices} devices ({revoked} revoked) and {voided} voided certificates, signed by the center.</source>
        <translation>The keys of {devices} devices ({revoked} revoked) and {voided} voided certificates, signed by the center.</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size}, for {count} keys)</source>
        <translation>Encrypted backup written: {path} ({size}, for {count} keys)</translation>
    </message>
    <message>
        <source>Backup written: {path} ({size})</source>
        <translation>Backup written: {path} ({size})</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>No backups yet in {folder}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The administrator's backup key was written to {path}. Keep it away from this laptop: a USB backup opens only with it (or the center's key).</source>
        <translation>The administrator's backup key was written to {path}. Keep it away from this laptop: a USB backup opens only with it (or the center's key).</translation>
    </message>
    <message>
        <source>Backup {file}</source>
        <translation>Backup {file}</translation>
    </message>
    <message>
        <source>Restored. The database as it was before is kept as {path}.</source>
        <translation>Restored. The database as it was before is kept as {path}.</translation>
    </message>
    <message>
        <source>This laptop now exchanges with the center as a new incarnation ({incarnation}).</source>
        <translation>This laptop now exchanges with the center as a new incarnation ({incarnation}).</translation>
    </message>
    <message>
        <source>Nothing was restored: confirm with --yes when no one is at a terminal to answer.</source>
        <translation>Nothing was restored: confirm with --yes when no one is at a terminal to answer.</translation>
    </message>
    <message>
        <source>Restore it? The current database is kept aside. Type yes to restore: </source>
        <translation>Restore it? The current database is kept aside. Type yes to restore: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
</context>
<context>
    <name>CollectionQueueModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>CollectionScreen</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Correct the selected unit…</source>
        <translation>Correct the selected unit…</translation>
    </message>
    <message>
        <source>Units recorded at this drive</source>
        <translation>Units recorded at this drive</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>not collected</translation>
    </message>
    <message>
        <source>Waiting to give: {count}</source>
        <translation>Waiting to give: {count}</translation>
    </message>
    <message>
        <source>In the chair: {count}</source>
        <translation>In the chair: {count}</translation>
    </message>
    <message>
        <source>No. {number} — {name} — approved {volume} ml</source>
        <translation>No. {number} — {name} — approved {volume} ml</translation>
    </message>
    <message>
        <source>Choose a donor from the queue (Enter)</source>
        <translation>Choose a donor from the queue (Enter)</translation>
    </message>
    <message>
        <source>Unit corrected: No. {number} {name} — {outcome}, {volume} ml, DIN {din}</source>
        <translation>Unit corrected: No. {number} {name} — {outcome}, {volume} ml, DIN {din}</translation>
    </message>
    <message>
        <source>Take out of the chair</source>
        <translation>Take out of the chair</translation>
    </message>
    <message>
        <source>Why is the donation of No. {number} {name} not going on?</source>
        <translation>Why is the donation of No. {number} {name} not going on?</translation>
    </message>
    <message>
        <source>Taken out of the chair: No. {number} {name} waits to give again.</source>
        <translation>Taken out of the chair: No. {number} {name} waits to give again.</translation>
    </message>
    <message>
        <source>Recorded: No. {number} {name} left without giving.</source>
        <translation>Recorded: No. {number} {name} left without giving.</translation>
    </message>
    <message>
        <source>Record the donation with this collection time?</source>
        <translation>Record the donation with this collection time?</translation>
    </message>
    <message>
        <source>Unusual collection time</source>
        <translation>Unusual collection time</translation>
    </message>
    <message>
        <source>Left without giving</source>
        <translation>Left without giving</translation>
    </message>
    <message>
        <source>Why did No. {number} {name} leave?</source>
        <translation>Why did No. {number} {name} leave?</translation>
    </message>
    <message>
        <source>Recorded: No. {number} {name} — {outcome}, {volume} ml, DIN {din}</source>
        <translation>Recorded: No. {number} {name} — {outcome}, {volume} ml, DIN {din}</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsDialog</name>
    <message>
        <source>Collection settings</source>
        <translation>Collection settings</translation>
    </message>
    <message>
        <source>Facility identification number (FIN)</source>
        <translation>Facility identification number (FIN)</translation>
    </message>
    <message>
        <source>Sample tube labels per set</source>
        <translation>Sample tube labels per set</translation>
    </message>
    <message>
        <source>Confirm a collection shorter than (minutes)</source>
        <translation>Confirm a collection shorter than (minutes)</translation>
    </message>
    <message>
        <source>Confirm a collection longer than (minutes)</source>
        <translation>Confirm a collection longer than (minutes)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Password and PIN: {name}</source>
        <translation>Password and PIN: {name}</translation>
    </message>
    <message>
        <source>No PIN (switching person by PIN is off)</source>
        <translation>No PIN (switching person by PIN is off)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <translation>New PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>A PIN is set: leave the PIN empty to keep it.</source>
        <translation>A PIN is set: leave the PIN empty to keep it.</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>No PIN is set.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DecidedModel</name>
    <message>
        <source>override</source>
        <translation>override</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>&amp;Accept (Ctrl+Enter)</source>
        <translation>&amp;Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>temporary, until</source>
        <translation>temporary, until</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Defer (Ctrl+D)</source>
        <translation>&amp;Defer (Ctrl+D)</translation>
    </message>
    <message>
        <source>Required to override a rule, or to defer when no rule calls for it</source>
        <translation>Required to override a rule, or to defer when no rule calls for it</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Defer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the proposal.</source>
        <translation>Correct the marked fields to see the proposal.</translation>
    </message>
</context>
<context>
    <name>DeskAccess</name>
    <message>
        <source>S&amp;witch person…</source>
        <translation>S&amp;witch person…</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>&amp;Change my password / PIN…</source>
        <translation>&amp;Change my password / PIN…</translation>
    </message>
</context>
<context>
    <name>DeskFields</name>
    <message>
        <source>A to Z, a different letter on each laptop of the site</source>
        <translation>A to Z, a different letter on each laptop of the site</translation>
    </message>
    <message>
        <source>on queue tickets (B12), serials and drive codes</source>
        <translation>on queue tickets (B12), serials and drive codes</translation>
    </message>
    <message>
        <source>Desk letter</source>
        <translation>Desk letter</translation>
    </message>
    <message>
        <source>DIN block of this laptop</source>
        <translation>DIN block of this laptop</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>code of the collecting site</source>
        <translation>code of the collecting site</translation>
    </message>
    <message>
        <source>e.g. Check-in desk 1</source>
        <translation>e.g. Check-in desk 1</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Device id</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Site code</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>With no key pressed and no click for this long, the screen locks itself.</source>
        <translation>With no key pressed and no click for this long, the screen locks itself.</translation>
    </message>
    <message>
        <source>Lock the screen when idle for</source>
        <translation>Lock the screen when idle for</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DonationFields</name>
    <message>
        <source>Scan the DIN on the bag</source>
        <translation>Scan the DIN on the bag</translation>
    </message>
    <message>
        <source>single</source>
        <translation>single</translation>
    </message>
    <message>
        <source>double</source>
        <translation>double</translation>
    </message>
    <message>
        <source>triple</source>
        <translation>triple</translation>
    </message>
    <message>
        <source>quadruple</source>
        <translation>quadruple</translation>
    </message>
    <message>
        <source>lot number</source>
        <translation>lot number</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>End now (F8)</source>
        <translation>End now (F8)</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>not collected</source>
        <translation>not collected</translation>
    </message>
    <message>
        <source>&amp;Record the donation (Ctrl+Enter)</source>
        <translation>&amp;Record the donation (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Take out of the chair…</source>
        <translation>Take out of the chair…</translation>
    </message>
    <message>
        <source>The donor left without giving…</source>
        <translation>The donor left without giving…</translation>
    </message>
    <message>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Bag</translation>
    </message>
    <message>
        <source>Volume collected (ml)</source>
        <translation>Volume collected (ml)</translation>
    </message>
    <message>
        <source>Start → end</source>
        <translation>Start → end</translation>
    </message>
    <message>
        <source>Phlebotomist</source>
        <translation>Phlebotomist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>DIN {din} ✓</source>
        <translation>DIN {din} ✓</translation>
    </message>
    <message>
        <source>{minutes} min — outside {min} to {max} min</source>
        <translation>{minutes} min — outside {min} to {max} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>DonorCard</name>
    <message>
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>CCCD / CMND</source>
        <translation>CCCD / CMND</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Blood group</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>Last donation</source>
        <translation>Last donation</translation>
    </message>
    <message>
        <source>May donate from</source>
        <translation>May donate from</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Rosters</translation>
    </message>
    <message>
        <source>Scan a CCCD card or search for a donor</source>
        <translation>Scan a CCCD card or search for a donor</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>never (permanent deferral)</source>
        <translation>never (permanent deferral)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Queue number {number}</source>
        <translation>Queue number {number}</translation>
    </message>
    <message>
        <source>Already checked in: number {number} at {time}</source>
        <translation>Already checked in: number {number} at {time}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>permanent: {reason}</source>
        <translation>permanent: {reason}</translation>
    </message>
    <message>
        <source>until {date}: {reason}</source>
        <translation>until {date}: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>rare blood group</source>
        <translation>rare blood group</translation>
    </message>
    <message>
        <source>reserve donor club</source>
        <translation>reserve donor club</translation>
    </message>
</context>
<context>
    <name>DonorTable</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>CCCD / CMND</source>
        <translation>CCCD / CMND</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Blood group</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
</context>
<context>
    <name>DriveDialog</name>
    <message>
        <source>New drive</source>
        <translation>New drive</translation>
    </message>
    <message>
        <source>Create the drive</source>
        <translation>Create the drive</translation>
    </message>
</context>
<context>
    <name>DriveFields</name>
    <message>
        <source>Name of the campaign</source>
        <translation>Name of the campaign</translation>
    </message>
    <message>
        <source>Drive code</source>
        <translation>Drive code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Province / city</source>
        <translation>Province / city</translation>
    </message>
    <message>
        <source>Commune / ward</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Organizing unit</source>
        <translation>Organizing unit</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Target (units)</source>
        <translation>Target (units)</translation>
    </message>
</context>
<context>
    <name>DriveHeader</name>
    <message>
        <source>Drive {code} · {date} · {place}, {address}</source>
        <translation>Drive {code} · {date} · {place}, {address}</translation>
    </message>
</context>
<context>
    <name>DrivePicker</name>
    <message>
        <source>Choose a drive</source>
        <translation>Choose a drive</translation>
    </message>
    <message>
        <source>Which drive are you working on?</source>
        <translation>Which drive are you working on?</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>New drive…</source>
        <translation>New drive…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the day's records for the center</source>
        <translation>Export the day's records for the center</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) for the export file</source>
        <translation>Choose the USB stick (or folder) for the export file</translation>
    </message>
    <message>
        <source>Every change up to export no. {number} is at the center.</source>
        <translation>Every change up to export no. {number} is at the center.</translation>
    </message>
    <message>
        <source>Every change up to {time} is at the center.</source>
        <translation>Every change up to {time} is at the center.</translation>
    </message>
    <message>
        <source>Writing the records of this laptop, encrypted for the provincial center and signed, to {folder}. Do not remove the USB stick yet.</source>
        <translation>Writing the records of this laptop, encrypted for the provincial center and signed, to {folder}. Do not remove the USB stick yet.</translation>
    </message>
    <message>
        <source>Export no. {number} is written and checked.</source>
        <translation>Export no. {number} is written and checked.</translation>
    </message>
    <message>
        <source>File written: {file}
Its signature is beside it: {signature}
{records} records. The USB stick is safe to remove; take both files to the center.</source>
        <translation>File written: {file}
Its signature is beside it: {signature}
{records} records. The USB stick is safe to remove; take both files to the center.</translation>
    </message>
    <message>
        <source>No export file was written.</source>
        <translation>No export file was written.</translation>
    </message>
    <message>
        <source>Cancelled: no file was left on the stick.</source>
        <translation>Cancelled: no file was left on the stick.</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FinDialog</name>
    <message>
        <source>Facility identification number</source>
        <translation>Facility identification number</translation>
    </message>
    <message>
        <source>The FIN that ICCBBA assigned to the collecting facility (one letter or digit and 4 digits, e.g. A1234):</source>
        <translation>The FIN that ICCBBA assigned to the collecting facility (one letter or digit and 4 digits, e.g. A1234):</translation>
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
        <translation>Create the administrator — HMTN Desk</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>Nobody can use this database without signing in. The administrator created now adds the other staff and their passwords. The database is then encrypted: without a password it cannot be read, even when the laptop or the file is stolen. Keep the password safe: only the provincial center can recover a database whose passwords are all forgotten.</source>
        <translation>Nobody can use this database without signing in. The administrator created now adds the other staff and their passwords. The database is then encrypted: without a password it cannot be read, even when the laptop or the file is stolen. Keep the password safe: only the provincial center can recover a database whose passwords are all forgotten.</translation>
    </message>
    <message>
        <source>Create and encrypt</source>
        <translation>Create and encrypt</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The administrator of {file}</source>
        <translation>The administrator of {file}</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{age} years</source>
        <translation>{age} years</translation>
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
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The check of this laptop's database file found damage. Some records may be missing or unreadable, and what is saved now may be lost.

What to do: stop registering donors on this laptop, restore the latest backup (menu Backups, Restore from a backup…) and call the provincial center; tell them the details below.

Details: {details}</source>
        <translation>The check of this laptop's database file found damage. Some records may be missing or unreadable, and what is saved now may be lost.

What to do: stop registering donors on this laptop, restore the latest backup (menu Backups, Restore from a backup…) and call the provincial center; tell them the details below.

Details: {details}</translation>
    </message>
    <message>
        <source>The database file could not be checked: {reason}</source>
        <translation>The database file could not be checked: {reason}</translation>
    </message>
    <message>
        <source>Database file check</source>
        <translation>Database file check</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels — drive {code}</source>
        <translation>Labels — drive {code}</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>Allocate and print new label sets</source>
        <translation>Allocate and print new label sets</translation>
    </message>
    <message>
        <source>Reprint the selected</source>
        <translation>Reprint the selected</translation>
    </message>
    <message>
        <source>Void the selected unused DIN…</source>
        <translation>Void the selected unused DIN…</translation>
    </message>
    <message>
        <source>Label sets</source>
        <translation>Label sets</translation>
    </message>
    <message>
        <source>Sample tube labels per set</source>
        <translation>Sample tube labels per set</translation>
    </message>
    <message>
        <source>Label size</source>
        <translation>Label size</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>DIN block</source>
        <translation>DIN block</translation>
    </message>
    <message>
        <source>DINs of this drive</source>
        <translation>DINs of this drive</translation>
    </message>
    <message>
        <source>{block} (this laptop's; another laptop has another)</source>
        <translation>{block} (this laptop's; another laptop has another)</translation>
    </message>
    <message>
        <source>{block} (the center's block for this drive): {left} left</source>
        <translation>{block} (the center's block for this drive): {left} left</translation>
    </message>
    <message>
        <source>{block} (this laptop's): {left} left in {year}</source>
        <translation>{block} (this laptop's): {left} left in {year}</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>unused</translation>
    </message>
    <message>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>{din} [{check}] — {status}, printed {times}×</source>
        <translation>{din} [{check}] — {status}, printed {times}×</translation>
    </message>
    <message>
        <source>Choose an unused DIN to void.</source>
        <translation>Choose an unused DIN to void.</translation>
    </message>
    <message>
        <source>Void DIN</source>
        <translation>Void DIN</translation>
    </message>
    <message>
        <source>Why is it voided (spoilt, lost, …)?</source>
        <translation>Why is it voided (spoilt, lost, …)?</translation>
    </message>
    <message>
        <source>{count} DINs voided.</source>
        <translation>{count} DINs voided.</translation>
    </message>
    <message>
        <source>{count} label sets sent.</source>
        <translation>{count} label sets sent.</translation>
    </message>
    <message>
        <source>Cancelled. The DINs stay allocated, never printed; reprint them from the list or void them at the end of the day.</source>
        <translation>Cancelled. The DINs stay allocated, never printed; reprint them from the list or void them at the end of the day.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — HMTN Desk</source>
        <translation>Locked — HMTN Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Locked by {name} at {time}.</source>
        <translation>Locked by {name} at {time}.</translation>
    </message>
    <message>
        <source>{name} unlocks with their PIN; anyone else signs in with their own user name and password.</source>
        <translation>{name} unlocks with their PIN; anyone else signs in with their own user name and password.</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
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
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>&amp;Drive</source>
        <translation>&amp;Drive</translation>
    </message>
    <message>
        <source>&amp;New drive…</source>
        <translation>&amp;New drive…</translation>
    </message>
    <message>
        <source>&amp;Open another drive…</source>
        <translation>&amp;Open another drive…</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Labels…</translation>
    </message>
    <message>
        <source>Pre-printed label &amp;roll…</source>
        <translation>Pre-printed label &amp;roll…</translation>
    </message>
    <message>
        <source>&amp;End of day and close the drive…</source>
        <translation>&amp;End of day and close the drive…</translation>
    </message>
    <message>
        <source>E&amp;xport the day's records for the center…</source>
        <translation>E&amp;xport the day's records for the center…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <source>&amp;Screening</source>
        <translation>&amp;Screening</translation>
    </message>
    <message>
        <source>C&amp;ollection</source>
        <translation>C&amp;ollection</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates</source>
        <translation>Ce&amp;rtificates</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>Install the drive &amp;package from the center…</source>
        <translation>Install the drive &amp;package from the center…</translation>
    </message>
    <message>
        <source>&amp;Import the registry from the center…</source>
        <translation>&amp;Import the registry from the center…</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Staff list…</source>
        <translation>&amp;Staff list…</translation>
    </message>
    <message>
        <source>&amp;Add a staff member…</source>
        <translation>&amp;Add a staff member…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>&amp;Set up this site…</source>
        <translation>&amp;Set up this site…</translation>
    </message>
    <message>
        <source>This &amp;device…</source>
        <translation>This &amp;device…</translation>
    </message>
    <message>
        <source>Set the c&amp;enter's keys…</source>
        <translation>Set the c&amp;enter's keys…</translation>
    </message>
    <message>
        <source>Eligibility &amp;rule set…</source>
        <translation>Eligibility &amp;rule set…</translation>
    </message>
    <message>
        <source>&amp;Collection (FIN, labels, time limit)…</source>
        <translation>&amp;Collection (FIN, labels, time limit)…</translation>
    </message>
    <message>
        <source>Cer&amp;tificates (facility, contact)…</source>
        <translation>Cer&amp;tificates (facility, contact)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About HMTN Desk…</source>
        <translation>&amp;About HMTN Desk…</translation>
    </message>
    <message>
        <source>&amp;Rebuild the demo database</source>
        <translation>&amp;Rebuild the demo database</translation>
    </message>
    <message>
        <source>Drive {code} on {date} · {place} · {count} donors in the registry</source>
        <translation>Drive {code} on {date} · {place} · {count} donors in the registry</translation>
    </message>
    <message>
        <source> · CLOSED: records can no longer change, only be amended</source>
        <translation> · CLOSED: records can no longer change, only be amended</translation>
    </message>
    <message>
        <source>The donation open at the collection station has input that is not recorded yet: it will be lost.</source>
        <translation>The donation open at the collection station has input that is not recorded yet: it will be lost.</translation>
    </message>
    <message>
        <source>Donations in the chair on this laptop, not yet recorded: {count}. They are kept and listed again when the app opens.</source>
        <translation>Donations in the chair on this laptop, not yet recorded: {count}. They are kept and listed again when the app opens.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Close anyway?</translation>
    </message>
    <message>
        <source>Close HMTN Desk</source>
        <translation>Close HMTN Desk</translation>
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
        <translation>systolic</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastolic</translation>
    </message>
    <message>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>g/L</source>
        <translation>g/L</translation>
    </message>
    <message>
        <source>quick meter</source>
        <translation>quick meter</translation>
    </message>
    <message>
        <source>copper sulphate</source>
        <translation>copper sulphate</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>°C (optional)</source>
        <translation>°C (optional)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Haemoglobin</translation>
    </message>
    <message>
        <source>HBsAg rapid test</source>
        <translation>HBsAg rapid test</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>A CCCD number has exactly 12 digits.</source>
        <translation>A CCCD number has exactly 12 digits.</translation>
    </message>
    <message>
        <source>The CCCD starts with {code}, which is not a province code.</source>
        <translation>The CCCD starts with {code}, which is not a province code.</translation>
    </message>
    <message>
        <source>The 4th digit of the CCCD ({digit}) does not match the sex and birth century (it should be {expected}).</source>
        <translation>The 4th digit of the CCCD ({digit}) does not match the sex and birth century (it should be {expected}).</translation>
    </message>
    <message>
        <source>Digits 5-6 of the CCCD ({digits}) do not match the year of birth {year}.</source>
        <translation>Digits 5-6 of the CCCD ({digits}) do not match the year of birth {year}.</translation>
    </message>
    <message>
        <source>An old CMND number has 9 or 12 digits.</source>
        <translation>An old CMND number has 9 or 12 digits.</translation>
    </message>
    <message>
        <source>{count} digits: a CCCD has 12 digits, an old CMND 9 or 12, a mobile number 10. Check the number.</source>
        <translation>{count} digits: a CCCD has 12 digits, an old CMND 9 or 12, a mobile number 10. Check the number.</translation>
    </message>
    <message>
        <source>Not a Vietnamese mobile number (10 digits, e.g. 0912 345 678).</source>
        <translation>Not a Vietnamese mobile number (10 digits, e.g. 0912 345 678).</translation>
    </message>
    <message>
        <source>Enter the CCCD or the old CMND number.</source>
        <translation>Enter the CCCD or the old CMND number.</translation>
    </message>
    <message>
        <source>This number is already registered, to {name}.</source>
        <translation>This number is already registered, to {name}.</translation>
    </message>
    <message>
        <source>Number {value} arrives with the registry being imported right now: wait until the import has finished, then search for the donor again.</source>
        <translation>Number {value} arrives with the registry being imported right now: wait until the import has finished, then search for the donor again.</translation>
    </message>
    <message>
        <source>This is not the QR code of a CCCD card.</source>
        <translation>This is not the QR code of a CCCD card.</translation>
    </message>
    <message>
        <source>The card QR has {count} fields instead of 6 or 7; scan it again.</source>
        <translation>The card QR has {count} fields instead of 6 or 7; scan it again.</translation>
    </message>
    <message>
        <source>The card QR holds an invalid date of birth ({value}); scan it again.</source>
        <translation>The card QR holds an invalid date of birth ({value}); scan it again.</translation>
    </message>
    <message>
        <source>The card QR holds an unknown sex ({value}); scan it again.</source>
        <translation>The card QR holds an unknown sex ({value}); scan it again.</translation>
    </message>
    <message>
        <source>The card QR holds no name; scan it again.</source>
        <translation>The card QR holds no name; scan it again.</translation>
    </message>
    <message>
        <source>The card QR holds an invalid old CMND ({value}); scan it again.</source>
        <translation>The card QR holds an invalid old CMND ({value}); scan it again.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>A name has letters only (no digits or symbols), at most 100 characters.</source>
        <translation>A name has letters only (no digits or symbols), at most 100 characters.</translation>
    </message>
    <message>
        <source>{value} is not a real date; write it as dd/mm/yyyy.</source>
        <translation>{value} is not a real date; write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future or before 1900.</source>
        <translation>The date of birth cannot be in the future or before 1900.</translation>
    </message>
    <message>
        <source>This donor no longer exists.</source>
        <translation>This donor no longer exists.</translation>
    </message>
    <message>
        <source>The database is busy: another program (a registry import, perhaps) is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>The database is busy: another program (a registry import, perhaps) is writing to it. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>A registry import is storing a whole registry on this laptop, or removing one that did not go through: nothing can be saved until it is done. Nothing was changed; try again in a few minutes, once the import has finished.</source>
        <translation>A registry import is storing a whole registry on this laptop, or removing one that did not go through: nothing can be saved until it is done. Nothing was changed; try again in a few minutes, once the import has finished.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space (empty the recycle bin, remove old files), then try again.</source>
        <translation>The disk is full: nothing was saved. Free some space (empty the recycle bin, remove old files), then try again.</translation>
    </message>
    <message>
        <source>Entry {position} of device {device} (written {at}) was changed after it was written: its content no longer matches the chain.</source>
        <translation>Entry {position} of device {device} (written {at}) was changed after it was written: its content no longer matches the chain.</translation>
    </message>
    <message>
        <source>Entries of device {device} are missing before entry {position} (written {at}): the chain should go on from entry {expected}. They were deleted.</source>
        <translation>Entries of device {device} are missing before entry {position} (written {at}): the chain should go on from entry {expected}. They were deleted.</translation>
    </message>
    <message>
        <source>Device {device} has two entries at place {position} of its chain (one written {at}): one of them was added afterwards.</source>
        <translation>Device {device} has two entries at place {position} of its chain (one written {at}): one of them was added afterwards.</translation>
    </message>
    <message>
        <source>An entry written {at} ({entry}) is in no chain: it was added outside the application.</source>
        <translation>An entry written {at} ({entry}) is in no chain: it was added outside the application.</translation>
    </message>
    <message>
        <source>The last entries of device {device} are missing: the chain ends before entry {expected}, and this laptop recorded entry {position} as its last.</source>
        <translation>The last entries of device {device} are missing: the chain ends before entry {expected}, and this laptop recorded entry {position} as its last.</translation>
    </message>
    <message>
        <source>Device {device} has entries after the last one it recorded (up to entry {position}): they were added outside the application.</source>
        <translation>Device {device} has entries after the last one it recorded (up to entry {position}): they were added outside the application.</translation>
    </message>
    <message>
        <source>The file's audit trail of device {device} does not continue the chain the center holds: entries {expected} to {position} are missing (deleted on the laptop).</source>
        <translation>The file's audit trail of device {device} does not continue the chain the center holds: entries {expected} to {position} are missing (deleted on the laptop).</translation>
    </message>
    <message>
        <source>The file's audit trail of device {device} differs from what the center holds at entry {position}: entries were changed or replaced on the laptop.</source>
        <translation>The file's audit trail of device {device} differs from what the center holds at entry {position}: entries were changed or replaced on the laptop.</translation>
    </message>
    <message>
        <source>The file's audit trail of device {device} does not end at the chain head its manifest names (entry {expected}): entries were left out or changed.</source>
        <translation>The file's audit trail of device {device} does not end at the chain head its manifest names (entry {expected}): entries were left out or changed.</translation>
    </message>
    <message>
        <source>The disk or USB stick of {folder} is full: the backup was not made and no file was left there. Free some space or use another stick, then try again.</source>
        <translation>The disk or USB stick of {folder} is full: the backup was not made and no file was left there. Free some space or use another stick, then try again.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({error}); no file was left there. Check that the USB stick is still plugged in, or use another one.</source>
        <translation>The backup could not be written to {folder} ({error}); no file was left there. Check that the USB stick is still plugged in, or use another one.</translation>
    </message>
    <message>
        <source>{file} is already there and was left as it is; nothing was written.</source>
        <translation>{file} is already there and was left as it is; nothing was written.</translation>
    </message>
    <message>
        <source>A backup for a USB stick is encrypted for the administrator's backup key, and this laptop has none yet. Make it first (Backups, Make the administrator's backup key), on the administrator's own USB stick.</source>
        <translation>A backup for a USB stick is encrypted for the administrator's backup key, and this laptop has none yet. Make it first (Backups, Make the administrator's backup key), on the administrator's own USB stick.</translation>
    </message>
    <message>
        <source>A backup from a USB stick is encrypted: choose the administrator's backup key file (or the center's key) to open it.</source>
        <translation>A backup from a USB stick is encrypted: choose the administrator's backup key file (or the center's key) to open it.</translation>
    </message>
    <message>
        <source>{file} is not a backup key (an age identity file).</source>
        <translation>{file} is not a backup key (an age identity file).</translation>
    </message>
    <message>
        <source>{file} was not made for this key: it opens only with the backup key of the administrator who made it, or the center's.</source>
        <translation>{file} was not made for this key: it opens only with the backup key of the administrator who made it, or the center's.</translation>
    </message>
    <message>
        <source>{file} is not a backup of this laptop's database (or it was made with another database key); nothing was restored.</source>
        <translation>{file} is not a backup of this laptop's database (or it was made with another database key); nothing was restored.</translation>
    </message>
    <message>
        <source>{file} is damaged (the database check found: {detail}); nothing was restored. Choose another backup.</source>
        <translation>{file} is damaged (the database check found: {detail}); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>{file} is a database of another program; nothing was restored.</source>
        <translation>{file} is a database of another program; nothing was restored.</translation>
    </message>
    <message>
        <source>The audit trail of {file} was altered; nothing was restored. Choose another backup and tell the center.</source>
        <translation>The audit trail of {file} was altered; nothing was restored. Choose another backup and tell the center.</translation>
    </message>
    <message>
        <source>The database is still open in this program: close it before restoring a backup into it. Nothing was restored.</source>
        <translation>The database is still open in this program: close it before restoring a backup into it. Nothing was restored.</translation>
    </message>
    <message>
        <source>The printer did not accept the pages. Check that it is on and connected, then try again.</source>
        <translation>The printer did not accept the pages. Check that it is on and connected, then try again.</translation>
    </message>
    <message>
        <source>2 to 20 letters, digits or hyphens, without accents (e.g. HM261124).</source>
        <translation>2 to 20 letters, digits or hyphens, without accents (e.g. HM261124).</translation>
    </message>
    <message>
        <source>Another drive already has code {value}.</source>
        <translation>Another drive already has code {value}.</translation>
    </message>
    <message>
        <source>Enter the target number of units, from 1 to {max}.</source>
        <translation>Enter the target number of units, from 1 to {max}.</translation>
    </message>
    <message>
        <source>There is no drive with code {code}.</source>
        <translation>There is no drive with code {code}.</translation>
    </message>
    <message>
        <source>Drive {code} is closed; no one can be checked in.</source>
        <translation>Drive {code} is closed; no one can be checked in.</translation>
    </message>
    <message>
        <source>2 to 12 letters, digits or hyphens, without accents (e.g. TTHH-HN).</source>
        <translation>2 to 12 letters, digits or hyphens, without accents (e.g. TTHH-HN).</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>"{value}" is not a desk letter: one letter from A to Z, without accents.</source>
        <translation>"{value}" is not a desk letter: one letter from A to Z, without accents.</translation>
    </message>
    <message>
        <source>Drive {drive} is open and this laptop has given tickets of letter {letter} there: change the desk letter after closing it.</source>
        <translation>Drive {drive} is open and this laptop has given tickets of letter {letter} there: change the desk letter after closing it.</translation>
    </message>
    <message>
        <source>"{value}" is not a DIN sequence number: a whole number from 1 to {max}.</source>
        <translation>"{value}" is not a DIN sequence number: a whole number from 1 to {max}.</translation>
    </message>
    <message>
        <source>The last number of the block must not be below the first ({first}).</source>
        <translation>The last number of the block must not be below the first ({first}).</translation>
    </message>
    <message>
        <source>Set the center's keys first (Settings, Set the center's keys…; or hmtn device set-center): the file is encrypted to them. Nothing was written.</source>
        <translation>Set the center's keys first (Settings, Set the center's keys…; or hmtn device set-center): the file is encrypted to them. Nothing was written.</translation>
    </message>
    <message>
        <source>The center's keys kept on this laptop are not valid: install them again from the center's folder. Nothing was written.</source>
        <translation>The center's keys kept on this laptop are not valid: install them again from the center's folder. Nothing was written.</translation>
    </message>
    <message>
        <source>Set the site code first: Settings, Set up this site. Nothing was written.</source>
        <translation>Set the site code first: Settings, Set up this site. Nothing was written.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick plugged in?). Nothing was written.</source>
        <translation>The folder {folder} is not there (is the USB stick plugged in?). Nothing was written.</translation>
    </message>
    <message>
        <source>{file} is already there and was left as it is; nothing was written. Export again: the next file gets a new number.</source>
        <translation>{file} is already there and was left as it is; nothing was written. Export again: the next file gets a new number.</translation>
    </message>
    <message>
        <source>The disk or USB stick of {folder} is full: no file was left there. Free some space or use another stick, then export again.</source>
        <translation>The disk or USB stick of {folder} is full: no file was left there. Free some space or use another stick, then export again.</translation>
    </message>
    <message>
        <source>The export file could not be written to {folder} ({error}); no file was left there. Try again, or use another USB stick.</source>
        <translation>The export file could not be written to {folder} ({error}); no file was left there. Try again, or use another USB stick.</translation>
    </message>
    <message>
        <source>{file} did not read back as it was written (a faulty USB stick?) and was removed. Use another stick and export again.</source>
        <translation>{file} did not read back as it was written (a faulty USB stick?) and was removed. Use another stick and export again.</translation>
    </message>
    <message>
        <source>The file has no signature beside it (its .minisig file), so it cannot be trusted. Copy both files of the export.</source>
        <translation>The file has no signature beside it (its .minisig file), so it cannot be trusted. Copy both files of the export.</translation>
    </message>
    <message>
        <source>The file does not match its signature: it is incomplete (a copy that did not finish), damaged or altered. Copy it again, or export again on the laptop.</source>
        <translation>The file does not match its signature: it is incomplete (a copy that did not finish), damaged or altered. Copy it again, or export again on the laptop.</translation>
    </message>
    <message>
        <source>The file is signed with a key that no enrolled device holds (key {key_id}), or by a revoked device; it was not opened.</source>
        <translation>The file is signed with a key that no enrolled device holds (key {key_id}), or by a revoked device; it was not opened.</translation>
    </message>
    <message>
        <source>The file was not encrypted for this center's key; it was not opened.</source>
        <translation>The file was not encrypted for this center's key; it was not opened.</translation>
    </message>
    <message>
        <source>The file ends too early: it is incomplete. Copy it again, or export again on the laptop.</source>
        <translation>The file ends too early: it is incomplete. Copy it again, or export again on the laptop.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read. Copy it again, or export again on the laptop.</source>
        <translation>The file is damaged and cannot be read. Copy it again, or export again on the laptop.</translation>
    </message>
    <message>
        <source>The list of contents inside the file is not signed by the device that signed the file; nothing from it was used.</source>
        <translation>The list of contents inside the file is not signed by the device that signed the file; nothing from it was used.</translation>
    </message>
    <message>
        <source>The file is in a format this version does not know ({format}, version {version}); install the version that wrote it.</source>
        <translation>The file is in a format this version does not know ({format}, version {version}); install the version that wrote it.</translation>
    </message>
    <message>
        <source>The file is signed by one device but says it comes from another ({device}); nothing from it was used.</source>
        <translation>The file is signed by one device but says it comes from another ({device}); nothing from it was used.</translation>
    </message>
    <message>
        <source>The file says it comes from site {site}, but its device was enrolled for site {enrolled}; nothing from it was used.</source>
        <translation>The file says it comes from site {site}, but its device was enrolled for site {enrolled}; nothing from it was used.</translation>
    </message>
    <message>
        <source>There is no file {file} (is the USB stick plugged in, the name right?).</source>
        <translation>There is no file {file} (is the USB stick plugged in, the name right?).</translation>
    </message>
    <message>
        <source>{file} is a folder: choose the .hmtn.age files inside it.</source>
        <translation>{file} is a folder: choose the .hmtn.age files inside it.</translation>
    </message>
    <message>
        <source>{file} could not be read ({error}); nothing from it was used.</source>
        <translation>{file} could not be read ({error}); nothing from it was used.</translation>
    </message>
    <message>
        <source>The file was not accepted: {reason}</source>
        <translation>The file was not accepted: {reason}</translation>
    </message>
    <message>
        <source>The content of the file does not match its list of contents: it was altered; nothing from it was used.</source>
        <translation>The content of the file does not match its list of contents: it was altered; nothing from it was used.</translation>
    </message>
    <message>
        <source>The file lacks a part its list of contents names ({name}); nothing from it was used.</source>
        <translation>The file lacks a part its list of contents names ({name}); nothing from it was used.</translation>
    </message>
    <message>
        <source>The file holds something an export never holds ({name}); nothing from it was used.</source>
        <translation>The file holds something an export never holds ({name}); nothing from it was used.</translation>
    </message>
    <message>
        <source>Record {line} of {name} in the file cannot be read; nothing from it was used.</source>
        <translation>Record {line} of {name} in the file cannot be read; nothing from it was used.</translation>
    </message>
    <message>
        <source>A part of the file is larger than an export can be ({name}); it was not opened.</source>
        <translation>A part of the file is larger than an export can be ({name}); it was not opened.</translation>
    </message>
    <message>
        <source>{file} is already there and was left as it is; nothing was written. Prepare the package again: the next one gets a new number.</source>
        <translation>{file} is already there and was left as it is; nothing was written. Prepare the package again: the next one gets a new number.</translation>
    </message>
    <message>
        <source>The disk or USB stick of {folder} is full: no file was left there. Free some space or use another stick, then prepare the package again.</source>
        <translation>The disk or USB stick of {folder} is full: no file was left there. Free some space or use another stick, then prepare the package again.</translation>
    </message>
    <message>
        <source>The package could not be written to {folder} ({error}); no file was left there. Try again, or use another USB stick.</source>
        <translation>The package could not be written to {folder} ({error}); no file was left there. Try again, or use another USB stick.</translation>
    </message>
    <message>
        <source>{file} did not read back as it was written (a faulty USB stick?) and was removed. Use another stick and prepare the package again.</source>
        <translation>{file} did not read back as it was written (a faulty USB stick?) and was removed. Use another stick and prepare the package again.</translation>
    </message>
    <message>
        <source>Device {device} was enrolled with an older enrolment file, without its age key: a package cannot be encrypted for it. Enrol the device again (hmtn device enrol on the laptop, then add its folder here). Nothing was written.</source>
        <translation>Device {device} was enrolled with an older enrolment file, without its age key: a package cannot be encrypted for it. Enrol the device again (hmtn device enrol on the laptop, then add its folder here). Nothing was written.</translation>
    </message>
    <message>
        <source>Device {device} is revoked: the center writes it no package. Nothing was written.</source>
        <translation>Device {device} is revoked: the center writes it no package. Nothing was written.</translation>
    </message>
    <message>
        <source>The package has no signature beside it (its .minisig file), so it cannot be trusted. Copy both files of the package.</source>
        <translation>The package has no signature beside it (its .minisig file), so it cannot be trusted. Copy both files of the package.</translation>
    </message>
    <message>
        <source>The package does not match its signature: it is incomplete (a copy that did not finish), damaged or altered. Copy it again from the center. Nothing was changed.</source>
        <translation>The package does not match its signature: it is incomplete (a copy that did not finish), damaged or altered. Copy it again from the center. Nothing was changed.</translation>
    </message>
    <message>
        <source>The package is not signed by the center whose keys this laptop holds (it is signed by key {key_id}). Nothing was changed.</source>
        <translation>The package is not signed by the center whose keys this laptop holds (it is signed by key {key_id}). Nothing was changed.</translation>
    </message>
    <message>
        <source>Install the center's keys first (Settings, Set the center's keys…; or hmtn device set-center): without them a package cannot be checked. Nothing was changed.</source>
        <translation>Install the center's keys first (Settings, Set the center's keys…; or hmtn device set-center): without them a package cannot be checked. Nothing was changed.</translation>
    </message>
    <message>
        <source>The package was prepared for another laptop: each laptop opens only its own. Nothing was changed.</source>
        <translation>The package was prepared for another laptop: each laptop opens only its own. Nothing was changed.</translation>
    </message>
    <message>
        <source>The package ends too early: it is incomplete. Copy it again from the center. Nothing was changed.</source>
        <translation>The package ends too early: it is incomplete. Copy it again from the center. Nothing was changed.</translation>
    </message>
    <message>
        <source>The package is damaged and cannot be read. Copy it again from the center. Nothing was changed.</source>
        <translation>The package is damaged and cannot be read. Copy it again from the center. Nothing was changed.</translation>
    </message>
    <message>
        <source>The list of contents inside the package is not signed by the center; nothing from it was used.</source>
        <translation>The list of contents inside the package is not signed by the center; nothing from it was used.</translation>
    </message>
    <message>
        <source>The package is in a format this version does not know ({format}, version {version}); install the version the center uses.</source>
        <translation>The package is in a format this version does not know ({format}, version {version}); install the version the center uses.</translation>
    </message>
    <message>
        <source>The content of the package does not match its list of contents: it was altered; nothing from it was used.</source>
        <translation>The content of the package does not match its list of contents: it was altered; nothing from it was used.</translation>
    </message>
    <message>
        <source>The package lacks a part its list of contents names ({name}); nothing from it was used.</source>
        <translation>The package lacks a part its list of contents names ({name}); nothing from it was used.</translation>
    </message>
    <message>
        <source>The package holds something a package never holds ({name}); nothing from it was used.</source>
        <translation>The package holds something a package never holds ({name}); nothing from it was used.</translation>
    </message>
    <message>
        <source>Line {line} of {name} in the package cannot be read; nothing from it was used.</source>
        <translation>Line {line} of {name} in the package cannot be read; nothing from it was used.</translation>
    </message>
    <message>
        <source>A part of the package is larger than a package can be ({name}); it was not opened.</source>
        <translation>A part of the package is larger than a package can be ({name}); it was not opened.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min} characters; nothing was done.</source>
        <translation>The passphrase needs at least {min} characters; nothing was done.</translation>
    </message>
    <message>
        <source>Wrong passphrase: the center's key stays locked. Nothing was done.</source>
        <translation>Wrong passphrase: the center's key stays locked. Nothing was done.</translation>
    </message>
    <message>
        <source>This is not the center's database (hmtn center init makes one). Nothing was done.</source>
        <translation>This is not the center's database (hmtn center init makes one). Nothing was done.</translation>
    </message>
    <message>
        <source>This database is the center's already; its keys were made before.</source>
        <translation>This database is the center's already; its keys were made before.</translation>
    </message>
    <message>
        <source>This database holds a site's records: the center needs a database of its own (give a new file to --db). Nothing was done.</source>
        <translation>This database holds a site's records: the center needs a database of its own (give a new file to --db). Nothing was done.</translation>
    </message>
    <message>
        <source>{file} exists already: keys are never overwritten. Choose an empty folder. Nothing was done.</source>
        <translation>{file} exists already: keys are never overwritten. Choose an empty folder. Nothing was done.</translation>
    </message>
    <message>
        <source>{file} is missing: choose the folder the center gave you.</source>
        <translation>{file} is missing: choose the folder the center gave you.</translation>
    </message>
    <message>
        <source>{file} is not one of the center's public keys. Nothing was installed.</source>
        <translation>{file} is not one of the center's public keys. Nothing was installed.</translation>
    </message>
    <message>
        <source>Set up this site first (its site code and FIN): the enrolment file carries them.</source>
        <translation>Set up this site first (its site code and FIN): the enrolment file carries them.</translation>
    </message>
    <message>
        <source>{file} is another device's enrolment: write this one to another folder.</source>
        <translation>{file} is another device's enrolment: write this one to another folder.</translation>
    </message>
    <message>
        <source>{file} is missing: the folder holds no device's enrolment.</source>
        <translation>{file} is missing: the folder holds no device's enrolment.</translation>
    </message>
    <message>
        <source>{file} is not a valid enrolment file ({detail}). Nothing was registered.</source>
        <translation>{file} is not a valid enrolment file ({detail}). Nothing was registered.</translation>
    </message>
    <message>
        <source>{file} holds another key than the enrolment file: the files do not belong together. Nothing was registered.</source>
        <translation>{file} holds another key than the enrolment file: the files do not belong together. Nothing was registered.</translation>
    </message>
    <message>
        <source>Device {device} is enrolled already. Nothing was registered.</source>
        <translation>Device {device} is enrolled already. Nothing was registered.</translation>
    </message>
    <message>
        <source>Device {device} has this signing key already: an enrolment file was copied. Nothing was registered.</source>
        <translation>Device {device} has this signing key already: an enrolment file was copied. Nothing was registered.</translation>
    </message>
    <message>
        <source>Its DIN block overlaps that of device {device} ({name}): DINs {first} to {last} of FIN {fin}. Give the laptop another desk letter or DIN block, then enrol it again. Nothing was registered.</source>
        <translation>Its DIN block overlaps that of device {device} ({name}): DINs {first} to {last} of FIN {fin}. Give the laptop another desk letter or DIN block, then enrol it again. Nothing was registered.</translation>
    </message>
    <message>
        <source>No enrolled device has the id {device}.</source>
        <translation>No enrolled device has the id {device}.</translation>
    </message>
    <message>
        <source>Several devices have ids starting with {device}: type more of it.</source>
        <translation>Several devices have ids starting with {device}: type more of it.</translation>
    </message>
    <message>
        <source>Device {device} was revoked already.</source>
        <translation>Device {device} was revoked already.</translation>
    </message>
    <message>
        <source>This package is for another device ({device}), not for this laptop ({this}). Nothing was installed.</source>
        <translation>This package is for another device ({device}), not for this laptop ({this}). Nothing was installed.</translation>
    </message>
    <message>
        <source>Package no. {number} is older than package no. {installed}, which is installed already. Nothing was installed.</source>
        <translation>Package no. {number} is older than package no. {installed}, which is installed already. Nothing was installed.</translation>
    </message>
    <message>
        <source>Another package no. {number} is installed already: one number never names two packages. Ask the center for a new package. Nothing was installed.</source>
        <translation>Another package no. {number} is installed already: one number never names two packages. Ask the center for a new package. Nothing was installed.</translation>
    </message>
    <message>
        <source>The rule set {version} in the package is not the one its list names (damaged or altered). Nothing was installed.</source>
        <translation>The rule set {version} in the package is not the one its list names (damaged or altered). Nothing was installed.</translation>
    </message>
    <message>
        <source>The rule set {version} in the package cannot be used (why, below). Nothing was installed.</source>
        <translation>The rule set {version} in the package cannot be used (why, below). Nothing was installed.</translation>
    </message>
    <message>
        <source>The rule set {version} in the package fails {failed} of its {total} validation cases ({cases}), so it is not used. Nothing was installed; tell the center.</source>
        <translation>The rule set {version} in the package fails {failed} of its {total} validation cases ({cases}), so it is not used. Nothing was installed; tell the center.</translation>
    </message>
    <message>
        <source>{count} lines of the package's registry cannot be installed (each line and why, below). Nothing was installed.</source>
        <translation>{count} lines of the package's registry cannot be installed (each line and why, below). Nothing was installed.</translation>
    </message>
    <message>
        <source>The center's DIN block {first}–{last} ({fin}, {year}) holds numbers this laptop already gave drive {drive}. Tell the center: this laptop needs another block. Nothing was installed.</source>
        <translation>The center's DIN block {first}–{last} ({fin}, {year}) holds numbers this laptop already gave drive {drive}. Tell the center: this laptop needs another block. Nothing was installed.</translation>
    </message>
    <message>
        <source>The center's DIN block {first}–{last} ({fin}, {year}) is not in this laptop's own block {own_first}–{own_last} ({own_fin}): its numbers were changed here after it enrolled. Set them back as enrolled, or tell the center. Nothing was installed.</source>
        <translation>The center's DIN block {first}–{last} ({fin}, {year}) is not in this laptop's own block {own_first}–{own_last} ({own_fin}): its numbers were changed here after it enrolled. Set them back as enrolled, or tell the center. Nothing was installed.</translation>
    </message>
    <message>
        <source>The code {code} of a drive the center planned is already another drive's on this laptop. Nothing was installed.</source>
        <translation>The code {code} of a drive the center planned is already another drive's on this laptop. Nothing was installed.</translation>
    </message>
    <message>
        <source>The package gives this laptop the desk letter "{letter}", which is not a letter from A to Z. Nothing was installed.</source>
        <translation>The package gives this laptop the desk letter "{letter}", which is not a letter from A to Z. Nothing was installed.</translation>
    </message>
    <message>
        <source>The center gives this laptop the desk letter {new}, but drive {drive} is open with tickets of letter {letter}. Close that drive, then install the package again. Nothing was installed.</source>
        <translation>The center gives this laptop the desk letter {new}, but drive {drive} is open with tickets of letter {letter}. Close that drive, then install the package again. Nothing was installed.</translation>
    </message>
    <message>
        <source>The database refused a record of the package ({detail}). Nothing was installed; tell the center.</source>
        <translation>The database refused a record of the package ({detail}). Nothing was installed; tell the center.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>This staff member no longer exists.</translation>
    </message>
    <message>
        <source>{name} is signed in now: someone else signs in to deactivate them.</source>
        <translation>{name} is signed in now: someone else signs in to deactivate them.</translation>
    </message>
    <message>
        <source>{name} is deactivated: reactivate them in the staff list first.</source>
        <translation>{name} is deactivated: reactivate them in the staff list first.</translation>
    </message>
    <message>
        <source>This needs the role: {roles}. Nothing was saved.</source>
        <translation>This needs the role: {roles}. Nothing was saved.</translation>
    </message>
    <message>
        <source>Wrong user name or password (or PIN). Check them and try again.</source>
        <translation>Wrong user name or password (or PIN). Check them and try again.</translation>
    </message>
    <message>
        <source>Too many wrong tries: try again in {seconds} seconds.</source>
        <translation>Too many wrong tries: try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>This database has no administrator yet: create one first (it is then encrypted).</source>
        <translation>This database has no administrator yet: create one first (it is then encrypted).</translation>
    </message>
    <message>
        <source>This database has its administrator already: sign in instead.</source>
        <translation>This database has its administrator already: sign in instead.</translation>
    </message>
    <message>
        <source>A user name is one word (no spaces) of at most {max} characters.</source>
        <translation>A user name is one word (no spaces) of at most {max} characters.</translation>
    </message>
    <message>
        <source>The user name {user} is someone else's already: choose another.</source>
        <translation>The user name {user} is someone else's already: choose another.</translation>
    </message>
    <message>
        <source>Give this person a user name and a password first.</source>
        <translation>Give this person a user name and a password first.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>A password needs at least {min} characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>A PIN is {min} to {max} digits.</source>
        <translation>A PIN is {min} to {max} digits.</translation>
    </message>
    <message>
        <source>This database is not encrypted yet: create its administrator first.</source>
        <translation>This database is not encrypted yet: create its administrator first.</translation>
    </message>
    <message>
        <source>The screen is not locked.</source>
        <translation>The screen is not locked.</translation>
    </message>
    <message>
        <source>{file} is not a key file of HMTN Desk (or it is damaged). Nothing was done.</source>
        <translation>{file} is not a key file of HMTN Desk (or it is damaged). Nothing was done.</translation>
    </message>
    <message>
        <source>The escrow key does not open {file}: it was escrowed to another center's key, or not at all (the laptop never had the center's keys). Nothing was done.</source>
        <translation>The escrow key does not open {file}: it was escrowed to another center's key, or not at all (the laptop never had the center's keys). Nothing was done.</translation>
    </message>
    <message>
        <source>That file is not the center's escrow key (escrow-key.age). Nothing was done.</source>
        <translation>That file is not the center's escrow key (escrow-key.age). Nothing was done.</translation>
    </message>
    <message>
        <source>{name} is the last administrator: make someone else an administrator first.</source>
        <translation>{name} is the last administrator: make someone else an administrator first.</translation>
    </message>
    <message>
        <source>The laptop ran out of memory and the work stopped: nothing was changed. Close the other programs, then try again.</source>
        <translation>The laptop ran out of memory and the work stopped: nothing was changed. Close the other programs, then try again.</translation>
    </message>
    <message>
        <source>The chain of device {device} starts again at entry {position} (written {at}) without continuing the entries the center holds, and not as a laptop restored from a backup goes on (with a new incarnation, from an entry the center holds): entries were replaced.</source>
        <translation>The chain of device {device} starts again at entry {position} (written {at}) without continuing the entries the center holds, and not as a laptop restored from a backup goes on (with a new incarnation, from an entry the center holds): entries were replaced.</translation>
    </message>
    <message>
        <source>Device {device} was restored from a backup: its chain goes on from entry {position}, which the center holds. Entries {lost} to {expected}, made after that backup, are no longer on the laptop; the center keeps them.</source>
        <translation>Device {device} was restored from a backup: its chain goes on from entry {position}, which the center holds. Entries {lost} to {expected}, made after that backup, are no longer on the laptop; the center keeps them.</translation>
    </message>
    <message>
        <source>The USB backup was not made: it is first prepared on this laptop's disk ({folder}), which needs {needed} there and would leave less than {keep_free} free (it has {free}). Nothing was written. Free some space on the laptop's disk and try again.</source>
        <translation>The USB backup was not made: it is first prepared on this laptop's disk ({folder}), which needs {needed} there and would leave less than {keep_free} free (it has {free}). Nothing was written. Free some space on the laptop's disk and try again.</translation>
    </message>
    <message>
        <source>The backup was not made: it needs {needed}, and even with the older backups removed the disk of {folder} would keep less than {keep_free} free (it has {free}) or the backups there would take more than {limit} (a quarter of the disk). The latest backup is kept. Free some space on the disk, or back up to a USB stick.</source>
        <translation>The backup was not made: it needs {needed}, and even with the older backups removed the disk of {folder} would keep less than {keep_free} free (it has {free}) or the backups there would take more than {limit} (a quarter of the disk). The latest backup is kept. Free some space on the disk, or back up to a USB stick.</translation>
    </message>
    <message>
        <source>{name} has no PIN yet: ask an administrator to set one in the staff list (or use the password).</source>
        <translation>{name} has no PIN yet: ask an administrator to set one in the staff list (or use the password).</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <source>Minutes from 0 (never lock) to {max}.</source>
        <translation>Minutes from 0 (never lock) to {max}.</translation>
    </message>
    <message>
        <source>Under {min_age} on the drive date ({age} years old); {min_age} on {eligible_from}.</source>
        <translation>Under {min_age} on the drive date ({age} years old); {min_age} on {eligible_from}.</translation>
    </message>
    <message>
        <source>Over {max_age} on the drive date ({age} years old).</source>
        <translation>Over {max_age} on the drive date ({age} years old).</translation>
    </message>
    <message>
        <source>Last donation ({last_type}) on {last_date}, {days} days ago: may donate again from {eligible_from}.</source>
        <translation>Last donation ({last_type}) on {last_date}, {days} days ago: may donate again from {eligible_from}.</translation>
    </message>
    <message>
        <source>Permanently deferred: {reason}</source>
        <translation>Permanently deferred: {reason}</translation>
    </message>
    <message>
        <source>Deferred until {until}: {reason}</source>
        <translation>Deferred until {until}: {reason}</translation>
    </message>
    <message>
        <source>The file is empty: it holds no donor lines.</source>
        <translation>The file is empty: it holds no donor lines.</translation>
    </message>
    <message>
        <source>{file} is not a file that can be read.</source>
        <translation>{file} is not a file that can be read.</translation>
    </message>
    <message>
        <source>This is a database file, not a registry: choose the CSV file sent by the center.</source>
        <translation>This is a database file, not a registry: choose the CSV file sent by the center.</translation>
    </message>
    <message>
        <source>{file} is the database HMTN Desk is working in; it is never read or written as another file. Choose another file.</source>
        <translation>{file} is the database HMTN Desk is working in; it is never read or written as another file. Choose another file.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it from Excel as "CSV UTF-8".</source>
        <translation>The file is not UTF-8 text; save it from Excel as "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The line cannot be read as CSV ({detail}).</source>
        <translation>The line cannot be read as CSV ({detail}).</translation>
    </message>
    <message>
        <source>Column {column} is missing.</source>
        <translation>Column {column} is missing.</translation>
    </message>
    <message>
        <source>Unknown column "{column}".</source>
        <translation>Unknown column "{column}".</translation>
    </message>
    <message>
        <source>Column {column} appears twice.</source>
        <translation>Column {column} appears twice.</translation>
    </message>
    <message>
        <source>The line has {found} cells instead of {expected}.</source>
        <translation>The line has {found} cells instead of {expected}.</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>The date {value} is in the future.</translation>
    </message>
    <message>
        <source>Sex must be Nam or Nữ (or M / F), not "{value}".</source>
        <translation>Sex must be Nam or Nữ (or M / F), not "{value}".</translation>
    </message>
    <message>
        <source>The number {value} already appears on line {first_line}.</source>
        <translation>The number {value} already appears on line {first_line}.</translation>
    </message>
    <message>
        <source>This line and line {first_line} are about the same donor.</source>
        <translation>This line and line {first_line} are about the same donor.</translation>
    </message>
    <message>
        <source>The CCCD {value} belongs to another donor on this laptop.</source>
        <translation>The CCCD {value} belongs to another donor on this laptop.</translation>
    </message>
    <message>
        <source>Several donors on this laptop have the old CMND {value}; give the CCCD too.</source>
        <translation>Several donors on this laptop have the old CMND {value}; give the CCCD too.</translation>
    </message>
    <message>
        <source>The old CMND {value} belongs to a donor with another CCCD ({other}).</source>
        <translation>The old CMND {value} belongs to a donor with another CCCD ({other}).</translation>
    </message>
    <message>
        <source>"{value}" is not a valid donor_id (UUID).</source>
        <translation>"{value}" is not a valid donor_id (UUID).</translation>
    </message>
    <message>
        <source>"{value}" is not an allowed value.</source>
        <translation>"{value}" is not an allowed value.</translation>
    </message>
    <message>
        <source>Write 1 or 0 (yes or no), not "{value}".</source>
        <translation>Write 1 or 0 (yes or no), not "{value}".</translation>
    </message>
    <message>
        <source>"{value}" is not a whole number of donations.</source>
        <translation>"{value}" is not a whole number of donations.</translation>
    </message>
    <message>
        <source>Another registry import is being stored in this database; wait until it has finished, then import this file.</source>
        <translation>Another registry import is being stored in this database; wait until it has finished, then import this file.</translation>
    </message>
    <message>
        <source>The donor with number {value} was registered or changed on this laptop while the file was being imported. Nothing was imported: import the file again.</source>
        <translation>The donor with number {value} was registered or changed on this laptop while the file was being imported. Nothing was imported: import the file again.</translation>
    </message>
    <message>
        <source>Another registry import finished while this one was being prepared. Nothing was imported: import the file again.</source>
        <translation>Another registry import finished while this one was being prepared. Nothing was imported: import the file again.</translation>
    </message>
    <message>
        <source>The import was interrupted. Nothing was imported: import the file again.</source>
        <translation>The import was interrupted. Nothing was imported: import the file again.</translation>
    </message>
    <message>
        <source>The work stopped unexpectedly in its helper process ({detail}). Nothing was changed: try again; if it fails again, tell the center.</source>
        <translation>The work stopped unexpectedly in its helper process ({detail}). Nothing was changed: try again; if it fails again, tell the center.</translation>
    </message>
    <message>
        <source>The file holds a record ({table} {record}) the center already received from the same laptop under the same change number ({stamp}) with other content: the file was altered, or the laptop was restored from a backup without starting a new incarnation. Nothing from the file was merged.</source>
        <translation>The file holds a record ({table} {record}) the center already received from the same laptop under the same change number ({stamp}) with other content: the file was altered, or the laptop was restored from a backup without starting a new incarnation. Nothing from the file was merged.</translation>
    </message>
    <message>
        <source>The file holds records of a kind the center does not know ({tables}). Nothing from the file was merged.</source>
        <translation>The file holds records of a kind the center does not know ({tables}). Nothing from the file was merged.</translation>
    </message>
    <message>
        <source>A record of the file ({table} {record}) does not say which laptop wrote it. Nothing from the file was merged.</source>
        <translation>A record of the file ({table} {record}) does not say which laptop wrote it. Nothing from the file was merged.</translation>
    </message>
    <message>
        <source>The center's database refused a record of the file ({detail}). Nothing from the file was merged; keep the file for the technical team.</source>
        <translation>The center's database refused a record of the file ({detail}). Nothing from the file was merged; keep the file for the technical team.</translation>
    </message>
    <message>
        <source>Sign in with your own name first: a decision on these lists names who took it.</source>
        <translation>Sign in with your own name first: a decision on these lists names who took it.</translation>
    </message>
    <message>
        <source>This unit was already released or discarded.</source>
        <translation>This unit was already released or discarded.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>This conflict was already resolved.</translation>
    </message>
    <message>
        <source>Choose one of the versions in conflict.</source>
        <translation>Choose one of the versions in conflict.</translation>
    </message>
    <message>
        <source>These two records were already reviewed.</source>
        <translation>These two records were already reviewed.</translation>
    </message>
    <message>
        <source>{file} is a folder: choose the results file (CSV or .xlsx) inside it.</source>
        <translation>{file} is a folder: choose the results file (CSV or .xlsx) inside it.</translation>
    </message>
    <message>
        <source>This is a database file, not the laboratory's results: choose the CSV or .xlsx file the laboratory sent.</source>
        <translation>This is a database file, not the laboratory's results: choose the CSV or .xlsx file the laboratory sent.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook: open it in Excel and save it as .xlsx or as CSV UTF-8.</source>
        <translation>The file cannot be read as an Excel workbook: open it in Excel and save it as .xlsx or as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no results.</source>
        <translation>The file is empty: it holds no results.</translation>
    </message>
    <message>
        <source>The DIN {din} already appears on line {first_line}.</source>
        <translation>The DIN {din} already appears on line {first_line}.</translation>
    </message>
    <message>
        <source>"{value}" is not a result: write negative (âm tính), reactive (phản ứng) or positive (dương tính), or leave the cell empty when not tested.</source>
        <translation>"{value}" is not a result: write negative (âm tính), reactive (phản ứng) or positive (dương tính), or leave the cell empty when not tested.</translation>
    </message>
    <message>
        <source>The line gives the DIN {din} but no result.</source>
        <translation>The line gives the DIN {din} but no result.</translation>
    </message>
    <message>
        <source>No unit with the DIN {din} has reached the center: import the site's export file first, or check the DIN.</source>
        <translation>No unit with the DIN {din} has reached the center: import the site's export file first, or check the DIN.</translation>
    </message>
    <message>
        <source>The DIN {din} is on two units at the center (held aside, see the quarantined units): find out which unit the sample came from first.</source>
        <translation>The DIN {din} is on two units at the center (held aside, see the quarantined units): find out which unit the sample came from first.</translation>
    </message>
    <message>
        <source>Tested on {tested}, before the unit was given ({donated}).</source>
        <translation>Tested on {tested}, before the unit was given ({donated}).</translation>
    </message>
    <message>
        <source>Choose to keep what was recorded or to take the laboratory's result.</source>
        <translation>Choose to keep what was recorded or to take the laboratory's result.</translation>
    </message>
    <message>
        <source>This difference was already decided, or is no longer there.</source>
        <translation>This difference was already decided, or is no longer there.</translation>
    </message>
    <message>
        <source>This donor was already marked as notified, or no longer needs to be.</source>
        <translation>This donor was already marked as notified, or no longer needs to be.</translation>
    </message>
    <message>
        <source>A planned drive is dated today ({date}) or later: a package carries no earlier one.</source>
        <translation>A planned drive is dated today ({date}) or later: a package carries no earlier one.</translation>
    </message>
    <message>
        <source>Drive {code} was set up at a site, not planned at the center: its laptop keeps it.</source>
        <translation>Drive {code} was set up at a site, not planned at the center: its laptop keeps it.</translation>
    </message>
    <message>
        <source>Drive {code} is closed: its plan can no longer change.</source>
        <translation>Drive {code} is closed: its plan can no longer change.</translation>
    </message>
    <message>
        <source>Drive {code} was on {date}: its plan can no longer change.</source>
        <translation>Drive {code} was on {date}: its plan can no longer change.</translation>
    </message>
    <message>
        <source>Device {name} was revoked: it cannot work a drive nor take numbers.</source>
        <translation>Device {name} was revoked: it cannot work a drive nor take numbers.</translation>
    </message>
    <message>
        <source>Device {name} already works drive {code}.</source>
        <translation>Device {name} already works drive {code}.</translation>
    </message>
    <message>
        <source>Device {name} has no room for {size} DINs of {year} (FIN {fin}): its enrolled block has {room} numbers left below its other blocks and above the DINs it used. Make the block smaller, or enrol the laptop again with a larger block.</source>
        <translation>Device {name} has no room for {size} DINs of {year} (FIN {fin}): its enrolled block has {room} numbers left below its other blocks and above the DINs it used. Make the block smaller, or enrol the laptop again with a larger block.</translation>
    </message>
    <message>
        <source>Device {name} does not work drive {code}: there is nothing to withdraw.</source>
        <translation>Device {name} does not work drive {code}: there is nothing to withdraw.</translation>
    </message>
    <message>
        <source>Enter the block's size: a whole number of DINs from 1 to {max}.</source>
        <translation>Enter the block's size: a whole number of DINs from 1 to {max}.</translation>
    </message>
    <message>
        <source>Package {number} for {name} already carried this block: the laptop may be using it, so it can no longer change. Withdraw it, and assign the device again for a new one.</source>
        <translation>Package {number} for {name} already carried this block: the laptop may be using it, so it can no longer change. Withdraw it, and assign the device again for a new one.</translation>
    </message>
    <message>
        <source>Only a DIN block changes its size; withdraw a serial run and allocate another.</source>
        <translation>Only a DIN block changes its size; withdraw a serial run and allocate another.</translation>
    </message>
    <message>
        <source>This block was withdrawn: its numbers are never handed out again.</source>
        <translation>This block was withdrawn: its numbers are never handed out again.</translation>
    </message>
    <message>
        <source>Letter {letter} is already the desk letter of {name} at site {site}: give each laptop of a site its own letter.</source>
        <translation>Letter {letter} is already the desk letter of {name} at site {site}: give each laptop of a site its own letter.</translation>
    </message>
    <message>
        <source>"{value}" is not a serial prefix: up to 10 letters, digits, - or /, ending with a letter (the number follows it).</source>
        <translation>"{value}" is not a serial prefix: up to 10 letters, digits, - or /, ending with a letter (the number follows it).</translation>
    </message>
    <message>
        <source>Enter how many digits the number has on the forms, from 1 to {max}.</source>
        <translation>Enter how many digits the number has on the forms, from 1 to {max}.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to {max} (the digits the forms have).</source>
        <translation>Enter a whole number from 0 to {max} (the digits the forms have).</translation>
    </message>
    <message>
        <source>The last serial comes before the first: check the two numbers.</source>
        <translation>The last serial comes before the first: check the two numbers.</translation>
    </message>
    <message>
        <source>These forms overlap the run {first} to {last} of {name}: a form goes to one laptop only. Withdraw that run first, or allocate other numbers.</source>
        <translation>These forms overlap the run {first} to {last} of {name}: a form goes to one laptop only. Withdraw that run first, or allocate other numbers.</translation>
    </message>
    <message>
        <source>{date} is after the drive date.</source>
        <translation>{date} is after the drive date.</translation>
    </message>
    <message>
        <source>{date} is before the donor was born.</source>
        <translation>{date} is before the donor was born.</translation>
    </message>
    <message>
        <source>"{value}" is not a number.</source>
        <translation>"{value}" is not a number.</translation>
    </message>
    <message>
        <source>{value} {unit} is not possible; enter a value from {min} to {max} {unit}.</source>
        <translation>{value} {unit} is not possible; enter a value from {min} to {max} {unit}.</translation>
    </message>
    <message>
        <source>The systolic pressure must be higher than the diastolic.</source>
        <translation>The systolic pressure must be higher than the diastolic.</translation>
    </message>
    <message>
        <source>Record the health questionnaire before accepting the donor.</source>
        <translation>Record the health questionnaire before accepting the donor.</translation>
    </message>
    <message>
        <source>Choose a volume of 250, 350 or 450 ml.</source>
        <translation>Choose a volume of 250, 350 or 450 ml.</translation>
    </message>
    <message>
        <source>The deferral must end after the drive date ({date}).</source>
        <translation>The deferral must end after the drive date ({date}).</translation>
    </message>
    <message>
        <source>Accepting against a failed rule needs a written reason.</source>
        <translation>Accepting against a failed rule needs a written reason.</translation>
    </message>
    <message>
        <source>The rules do not call for this deferral: write the reason.</source>
        <translation>The rules do not call for this deferral: write the reason.</translation>
    </message>
    <message>
        <source>This donor has already been screened; reopen the decision to change it.</source>
        <translation>This donor has already been screened; reopen the decision to change it.</translation>
    </message>
    <message>
        <source>There is no decision to reopen.</source>
        <translation>There is no decision to reopen.</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>This ticket no longer exists.</translation>
    </message>
    <message>
        <source>No ticket {number} was given at this drive.</source>
        <translation>No ticket {number} was given at this drive.</translation>
    </message>
    <message>
        <source>This donor was not deferred at screening: there is no deferral slip.</source>
        <translation>This donor was not deferred at screening: there is no deferral slip.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} cannot be read ({error}).</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Column {column}: this is not valid TOML ({detail}).</source>
        <translation>Column {column}: this is not valid TOML ({detail}).</translation>
    </message>
    <message>
        <source>{key} is missing.</source>
        <translation>{key} is missing.</translation>
    </message>
    <message>
        <source>{key} is not a setting of a rule set (misspelt?).</source>
        <translation>{key} is not a setting of a rule set (misspelt?).</translation>
    </message>
    <message>
        <source>{key} must be a table of settings, not {value}.</source>
        <translation>{key} must be a table of settings, not {value}.</translation>
    </message>
    <message>
        <source>{key} must be a list, not {value}.</source>
        <translation>{key} must be a list, not {value}.</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}.</source>
        <translation>{key} must be a number, not {value}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not {value}.</source>
        <translation>{key} must be a whole number, not {value}.</translation>
    </message>
    <message>
        <source>{key} must be true or false, not {value}.</source>
        <translation>{key} must be true or false, not {value}.</translation>
    </message>
    <message>
        <source>{key} must be a text, not {value}.</source>
        <translation>{key} must be a text, not {value}.</translation>
    </message>
    <message>
        <source>{key} = {value}: a threshold must be a finite number.</source>
        <translation>{key} = {value}: a threshold must be a finite number.</translation>
    </message>
    <message>
        <source>{key} = {value} is outside the accepted range, {min} to {max}.</source>
        <translation>{key} = {value} is outside the accepted range, {min} to {max}.</translation>
    </message>
    <message>
        <source>{key} ({value}) must be below {other} ({other_value}).</source>
        <translation>{key} ({value}) must be below {other} ({other_value}).</translation>
    </message>
    <message>
        <source>{key} lists the same volume twice.</source>
        <translation>{key} lists the same volume twice.</translation>
    </message>
    <message>
        <source>{key} must give the haemoglobin needed for the smallest standard volume ({volume} ml).</source>
        <translation>{key} must give the haemoglobin needed for the smallest standard volume ({volume} ml).</translation>
    </message>
    <message>
        <source>{key} must be one of {choices}, not {value}.</source>
        <translation>{key} must be one of {choices}, not {value}.</translation>
    </message>
    <message>
        <source>{key}: a "window" effect needs window_months or window_days.</source>
        <translation>{key}: a "window" effect needs window_months or window_days.</translation>
    </message>
    <message>
        <source>The questionnaire code {value} is used twice.</source>
        <translation>The questionnaire code {value} is used twice.</translation>
    </message>
    <message>
        <source>No validation cases beside the rule set ({path}): choose its cases file.</source>
        <translation>No validation cases beside the rule set ({path}): choose its cases file.</translation>
    </message>
    <message>
        <source>The validation cases cannot be used: {detail}</source>
        <translation>The validation cases cannot be used: {detail}</translation>
    </message>
    <message>
        <source>Version {version} was used on this laptop for a rule set with other content (SHA-256 {seen}). Give the edited file a new version.</source>
        <translation>Version {version} was used on this laptop for a rule set with other content (SHA-256 {seen}). Give the edited file a new version.</translation>
    </message>
    <message>
        <source>"{value}" is not a donation identification number (DIN); scan it again.</source>
        <translation>"{value}" is not a donation identification number (DIN); scan it again.</translation>
    </message>
    <message>
        <source>The check character of "{value}" does not match. Scan the label again.</source>
        <translation>The check character of "{value}" does not match. Scan the label again.</translation>
    </message>
    <message>
        <source>"{value}" is not a facility identification number: one letter or digit and 4 digits.</source>
        <translation>"{value}" is not a facility identification number: one letter or digit and 4 digits.</translation>
    </message>
    <message>
        <source>Set the facility identification number (FIN) first: Settings, Collection.</source>
        <translation>Set the facility identification number (FIN) first: Settings, Collection.</translation>
    </message>
    <message>
        <source>Print from 1 to {max} label sets at a time.</source>
        <translation>Print from 1 to {max} label sets at a time.</translation>
    </message>
    <message>
        <source>From 0 to {max} sample tube labels per set.</source>
        <translation>From 0 to {max} sample tube labels per set.</translation>
    </message>
    <message>
        <source>A whole number of minutes, {min} to {max}.</source>
        <translation>A whole number of minutes, {min} to {max}.</translation>
    </message>
    <message>
        <source>This laptop's DIN block {first}–{last} has {left} numbers left for {fin} in year {year}, not {count}. Ask the blood center for another block and set it under Settings, This device.</source>
        <translation>This laptop's DIN block {first}–{last} has {left} numbers left for {fin} in year {year}, not {count}. Ask the blood center for another block and set it under Settings, This device.</translation>
    </message>
    <message>
        <source>The center's DIN block for this drive, {first}–{last}, has {left} numbers left, not {count}. Ask the center for a larger block: it comes with the next drive package.</source>
        <translation>The center's DIN block for this drive, {first}–{last}, has {left} numbers left, not {count}. Ask the center for a larger block: it comes with the next drive package.</translation>
    </message>
    <message>
        <source>{value} is used or already voided; only an unused DIN can be voided.</source>
        <translation>{value} is used or already voided; only an unused DIN can be voided.</translation>
    </message>
    <message>
        <source>The last label must follow the first one, from the same facility and year.</source>
        <translation>The last label must follow the first one, from the same facility and year.</translation>
    </message>
    <message>
        <source>Part of this roll is already registered or used.</source>
        <translation>Part of this roll is already registered or used.</translation>
    </message>
    <message>
        <source>This roll ({first}–{last}) is not inside this laptop's DIN block ({block_first}–{block_last}): another laptop may use these numbers. Use a roll given to this laptop.</source>
        <translation>This roll ({first}–{last}) is not inside this laptop's DIN block ({block_first}–{block_last}): another laptop may use these numbers. Use a roll given to this laptop.</translation>
    </message>
    <message>
        <source>This roll ({first}–{last}) is not inside the center's DIN block for this drive ({block_first}–{block_last}): use a roll within it.</source>
        <translation>This roll ({first}–{last}) is not inside the center's DIN block for this drive ({block_first}–{block_last}): use a roll within it.</translation>
    </message>
    <message>
        <source>This DIN belongs to facility {fin}, not to this site ({site}).</source>
        <translation>This DIN belongs to facility {fin}, not to this site ({site}).</translation>
    </message>
    <message>
        <source>DIN {value} is already used for another unit. Never use it twice.</source>
        <translation>DIN {value} is already used for another unit. Never use it twice.</translation>
    </message>
    <message>
        <source>DIN {value} was voided and may not be used.</source>
        <translation>DIN {value} was voided and may not be used.</translation>
    </message>
    <message>
        <source>DIN {value} was printed for another drive.</source>
        <translation>DIN {value} was printed for another drive.</translation>
    </message>
    <message>
        <source>DIN {value} was neither printed for this drive nor is it in a registered roll.</source>
        <translation>DIN {value} was neither printed for this drive nor is it in a registered roll.</translation>
    </message>
    <message>
        <source>DIN {value} is on the bag of No. {number}, who is in the chair.</source>
        <translation>DIN {value} is on the bag of No. {number}, who is in the chair.</translation>
    </message>
    <message>
        <source>Out of sequence: the next label of the roll is {expected}.</source>
        <translation>Out of sequence: the next label of the roll is {expected}.</translation>
    </message>
    <message>
        <source>This donor is not waiting to give (no acceptance, or already recorded).</source>
        <translation>This donor is not waiting to give (no acceptance, or already recorded).</translation>
    </message>
    <message>
        <source>No donation was started for this donor.</source>
        <translation>No donation was started for this donor.</translation>
    </message>
    <message>
        <source>Nothing was collected: leave the volume empty.</source>
        <translation>Nothing was collected: leave the volume empty.</translation>
    </message>
    <message>
        <source>"{value}" is not a time; write it as hh:mm.</source>
        <translation>"{value}" is not a time; write it as hh:mm.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <source>{minutes} min is outside the usual collection time of {min} to {max} min: check the start and end times.</source>
        <translation>{minutes} min is outside the usual collection time of {min} to {max} min: check the start and end times.</translation>
    </message>
    <message>
        <source>The shortest time must be below the longest ({max} min).</source>
        <translation>The shortest time must be below the longest ({max} min).</translation>
    </message>
    <message>
        <source>Explain every discrepancy before closing ({count} left).</source>
        <translation>Explain every discrepancy before closing ({count} left).</translation>
    </message>
    <message>
        <source>{count} donations are still in the chair: record or abandon them before closing.</source>
        <translation>{count} donations are still in the chair: record or abandon them before closing.</translation>
    </message>
    <message>
        <source>There is nothing left to explain.</source>
        <translation>There is nothing left to explain.</translation>
    </message>
    <message>
        <source>An offset of at most {max} mm either way.</source>
        <translation>An offset of at most {max} mm either way.</translation>
    </message>
    <message>
        <source>Enter the collecting facility's name first: Settings, Certificates.</source>
        <translation>Enter the collecting facility's name first: Settings, Certificates.</translation>
    </message>
    <message>
        <source>This donation is not one of this drive's.</source>
        <translation>This donation is not one of this drive's.</translation>
    </message>
    <message>
        <source>No. {number}: only a complete donation gets a certificate.</source>
        <translation>No. {number}: only a complete donation gets a certificate.</translation>
    </message>
    <message>
        <source>"{value}" is not a form serial number (letters, digits, spaces, - / .).</source>
        <translation>"{value}" is not a form serial number (letters, digits, spaces, - / .).</translation>
    </message>
    <message>
        <source>Type or scan the serial of the first form in the printer.</source>
        <translation>Type or scan the serial of the first form in the printer.</translation>
    </message>
    <message>
        <source>Serial {value} is not among the forms the center gave this laptop ({runs}).</source>
        <translation>Serial {value} is not among the forms the center gave this laptop ({runs}).</translation>
    </message>
    <message>
        <source>Serial {value} is one of the forms {run} the center took back from this laptop: use another form.</source>
        <translation>Serial {value} is one of the forms {run} the center took back from this laptop: use another form.</translation>
    </message>
    <message>
        <source>The serial {value} does not end in a number, so the next form's is unknown.</source>
        <translation>The serial {value} does not end in a number, so the next form's is unknown.</translation>
    </message>
    <message>
        <source>Serial {value} is already in the register; a serial is never used twice.</source>
        <translation>Serial {value} is already in the register; a serial is never used twice.</translation>
    </message>
    <message>
        <source>The form {value} was printed after the backup this laptop was restored from (the file kept aside at the restore holds it); a serial is never used twice: use the next blank form.</source>
        <translation>The form {value} was printed after the backup this laptop was restored from (the file kept aside at the restore holds it); a serial is never used twice: use the next blank form.</translation>
    </message>
    <message>
        <source>This donation already has a certificate; reprint it or void it first.</source>
        <translation>This donation already has a certificate; reprint it or void it first.</translation>
    </message>
    <message>
        <source>This certificate was voided.</source>
        <translation>This certificate was voided.</translation>
    </message>
    <message>
        <source>This serial is no longer reserved for printing; nothing was entered.</source>
        <translation>This serial is no longer reserved for printing; nothing was entered.</translation>
    </message>
    <message>
        <source>{file} is not there: give the center's published keys file (hmtn center certificate-keys writes it).</source>
        <translation>{file} is not there: give the center's published keys file (hmtn center certificate-keys writes it).</translation>
    </message>
    <message>
        <source>{file} is not there: the center's signature of the keys file lies beside it, its name ending in .minisig. Nothing was checked.</source>
        <translation>{file} is not there: the center's signature of the keys file lies beside it, its name ending in .minisig. Nothing was checked.</translation>
    </message>
    <message>
        <source>{file} is not signed by the center key given: it was altered, or it comes from another center. Nothing was checked.</source>
        <translation>{file} is not signed by the center key given: it was altered, or it comes from another center. Nothing was checked.</translation>
    </message>
    <message>
        <source>{file} is signed, but it is not a certificate keys file. Nothing was checked.</source>
        <translation>{file} is signed, but it is not a certificate keys file. Nothing was checked.</translation>
    </message>
    <message>
        <source>{file} is not there: give the center's public key (center.minisign.pub).</source>
        <translation>{file} is not there: give the center's public key (center.minisign.pub).</translation>
    </message>
    <message>
        <source>{file} is not a minisign public key like the center's center.minisign.pub.</source>
        <translation>{file} is not a minisign public key like the center's center.minisign.pub.</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} cannot be read.</translation>
    </message>
    <message>
        <source>{file} is a folder: give the name of the keys file to write.</source>
        <translation>{file} is a folder: give the name of the keys file to write.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there. Nothing was written.</source>
        <translation>The folder {folder} is not there. Nothing was written.</translation>
    </message>
    <message>
        <source>Only a donor waiting for screening or to give can be marked as gone.</source>
        <translation>Only a donor waiting for screening or to give can be marked as gone.</translation>
    </message>
    <message>
        <source>This change is not possible for the record as it stands now.</source>
        <translation>This change is not possible for the record as it stands now.</translation>
    </message>
    <message>
        <source>A unit recorded as not collected cannot become a collected one; record a new donation instead.</source>
        <translation>A unit recorded as not collected cannot become a collected one; record a new donation instead.</translation>
    </message>
    <message>
        <source>These certificates were issued in different ways (blank paper and pre-printed forms): print them again separately.</source>
        <translation>These certificates were issued in different ways (blank paper and pre-printed forms): print them again separately.</translation>
    </message>
    <message>
        <source>Only a ticket still waiting for screening can be voided.</source>
        <translation>Only a ticket still waiting for screening can be voided.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} is not a database file.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of HMTN Desk.</source>
        <translation>{path} is a database of another program, not of HMTN Desk.</translation>
    </message>
    <message>
        <source>{path} is damaged and was not opened. Restore the latest backup and keep this file for the technical team.</source>
        <translation>{path} is damaged and was not opened. Restore the latest backup and keep this file for the technical team.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of HMTN Desk. Install that version to open it; nothing was changed in the file.</source>
        <translation>{path} was written by a newer version of HMTN Desk. Install that version to open it; nothing was changed in the file.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>{path} cannot be read.</translation>
    </message>
    <message>
        <source>{path} is read-only (a write-protected USB stick, a read-only file or folder). HMTN Desk must be able to write to it and its folder. Nothing was changed: copy it to the laptop or allow writing, then open it again.</source>
        <translation>{path} is read-only (a write-protected USB stick, a read-only file or folder). HMTN Desk must be able to write to it and its folder. Nothing was changed: copy it to the laptop or allow writing, then open it again.</translation>
    </message>
    <message>
        <source>{path} is locked by another program that is writing to it. Nothing was changed; close that program or wait a moment, then open it again. The file is not damaged.</source>
        <translation>{path} is locked by another program that is writing to it. Nothing was changed; close that program or wait a moment, then open it again. The file is not damaged.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed; free some space, then open it again.</source>
        <translation>The disk holding {path} is full. Nothing was changed; free some space, then open it again.</translation>
    </message>
    <message>
        <source>{path} is already open in HMTN Desk; a database is opened only once.</source>
        <translation>{path} is already open in HMTN Desk; a database is opened only once.</translation>
    </message>
    <message>
        <source>{path} does not open with the key of its key file: the key file beside it belongs to another database. Nothing was changed; put the right key file back (from a backup) or ask the center to recover it.</source>
        <translation>{path} does not open with the key of its key file: the key file beside it belongs to another database. Nothing was changed; put the right key file back (from a backup) or ask the center to recover it.</translation>
    </message>
    <message>
        <source>{path} is encrypted (or not a database at all) and its key file ({path}.keys) is missing. Nothing was changed; put the key file back beside it (from a backup) or ask the center to recover it.</source>
        <translation>{path} is encrypted (or not a database at all) and its key file ({path}.keys) is missing. Nothing was changed; put the key file back beside it (from a backup) or ask the center to recover it.</translation>
    </message>
    <message>
        <source>The key file of {path} ({path}.keys) is damaged. Nothing was changed; put it back from a backup or ask the center to recover it.</source>
        <translation>The key file of {path} ({path}.keys) is damaged. Nothing was changed; put it back from a backup or ask the center to recover it.</translation>
    </message>
    <message>
        <source>{path} does not exist. To start a new, empty database there, add --create.</source>
        <translation>{path} does not exist. To start a new, empty database there, add --create.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Line {line}, column {column}: </source>
        <translation>Line {line}, column {column}: </translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>Line {line}: </translation>
    </message>
    <message>
        <source>Registry {file} imported: {rows} rows, {inserted} new donors, {updated} updated, {unchanged} unchanged.</source>
        <translation>Registry {file} imported: {rows} rows, {inserted} new donors, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>The center lifted {count} permanent deferral(s).</source>
        <translation>The center lifted {count} permanent deferral(s).</translation>
    </message>
    <message>
        <source>Registry {file} was NOT imported: {count} problems found. Nothing was changed.</source>
        <translation>Registry {file} was NOT imported: {count} problems found. Nothing was changed.</translation>
    </message>
    <message>
        <source>... and {more} more problems.</source>
        <translation>... and {more} more problems.</translation>
    </message>
    <message>
        <source>{file}: imported before; nothing new.</source>
        <translation>{file}: imported before; nothing new.</translation>
    </message>
    <message>
        <source>{file} was NOT imported: {count} problems found. Nothing was changed.</source>
        <translation>{file} was NOT imported: {count} problems found. Nothing was changed.</translation>
    </message>
    <message>
        <source>{file} imported: {lines} lines; {new} units with their first results, {unchanged} unchanged, {to_review} with other results to review.</source>
        <translation>{file} imported: {lines} lines; {new} units with their first results, {unchanged} unchanged, {to_review} with other results to review.</translation>
    </message>
    <message>
        <source>Units held: {positive} confirmed positive (donors to notify), {reactive} repeat-reactive. Blood groups to review: {groups}.</source>
        <translation>Units held: {positive} confirmed positive (donors to notify), {reactive} repeat-reactive. Blood groups to review: {groups}.</translation>
    </message>
</context>
<context>
    <name>NewDonorDialog</name>
    <message>
        <source>New donor</source>
        <translation>New donor</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>CCCD number</source>
        <translation>CCCD number</translation>
    </message>
    <message>
        <source>Old CMND</source>
        <translation>Old CMND</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>New donor: {name}</source>
        <translation>New donor: {name}</translation>
    </message>
    <message>
        <source>Use the selected record</source>
        <translation>Use the selected record</translation>
    </message>
    <message>
        <source>It is another person: save</source>
        <translation>It is another person: save</translation>
    </message>
    <message>
        <source>This CCCD / CMND is already registered:</source>
        <translation>This CCCD / CMND is already registered:</translation>
    </message>
    <message>
        <source>Someone with the same name and date of birth is already registered. Is it the same person?</source>
        <translation>Someone with the same name and date of birth is already registered. Is it the same person?</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>{donor} was told</source>
        <translation>{donor} was told</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>What was said, the appointment made…</source>
        <translation>What was said, the appointment made…</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>access to it is not allowed</source>
        <translation>access to it is not allowed</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>it is on a read-only disk</translation>
    </message>
    <message>
        <source>it or its folder is not there</source>
        <translation>it or its folder is not there</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the system refused it (error {code})</source>
        <translation>the system refused it (error {code})</translation>
    </message>
    <message>
        <source>{file} could not be used: {why}.</source>
        <translation>{file} could not be used: {why}.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Everything saved before is safe.</source>
        <translation>Something went wrong and the work was not finished. Everything saved before is safe.</translation>
    </message>
</context>
<context>
    <name>OperatorBar</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Signed in: </source>
        <translation>Signed in: </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
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
        <translation>Install a drive package from the center</translation>
    </message>
    <message>
        <source>Choose the package the blood center prepared for this laptop (a file ending in .hmtn.age, with its .minisig file beside it). The whole package is checked first: if anything is wrong, nothing is changed. Check-in can go on while it is installed.</source>
        <translation>Choose the package the blood center prepared for this laptop (a file ending in .hmtn.age, with its .minisig file beside it). The whole package is checked first: if anything is wrong, nothing is changed. Check-in can go on while it is installed.</translation>
    </message>
    <message>
        <source>What the package brought is said here.</source>
        <translation>What the package brought is said here.</translation>
    </message>
    <message>
        <source>&amp;Choose the package…</source>
        <translation>&amp;Choose the package…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Drive package from the center</source>
        <translation>Drive package from the center</translation>
    </message>
    <message>
        <source>Drive packages (*.hmtn.age);;All files (*)</source>
        <translation>Drive packages (*.hmtn.age);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the center's signature and opening the package…</source>
        <translation>Checking the center's signature and opening the package…</translation>
    </message>
    <message>
        <source>Checking the registry in the package…</source>
        <translation>Checking the registry in the package…</translation>
    </message>
    <message>
        <source>Saving donors…</source>
        <translation>Saving donors…</translation>
    </message>
    <message>
        <source>Nothing new: this package is installed already.</source>
        <translation>Nothing new: this package is installed already.</translation>
    </message>
    <message>
        <source>The package is installed.</source>
        <translation>The package is installed.</translation>
    </message>
    <message>
        <source>Installing was cancelled. Nothing was changed.</source>
        <translation>Installing was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The package was not installed. Nothing was changed.</source>
        <translation>The package was not installed. Nothing was changed.</translation>
    </message>
    <message>
        <source>The install failed and nothing was changed.</source>
        <translation>The install failed and nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PackageReport</name>
    <message>
        <source>Package no. {number} ({file}) is installed already; nothing was changed.</source>
        <translation>Package no. {number} ({file}) is installed already; nothing was changed.</translation>
    </message>
    <message>
        <source>Package no. {number} ({file}) installed.</source>
        <translation>Package no. {number} ({file}) installed.</translation>
    </message>
    <message>
        <source>This laptop's queue numbers now begin with the letter {letter}.</source>
        <translation>This laptop's queue numbers now begin with the letter {letter}.</translation>
    </message>
    <message>
        <source>This database is an older copy than what this laptop already sent the center: its next records are numbered anew, so nothing sent is overwritten.</source>
        <translation>This database is an older copy than what this laptop already sent the center: its next records are numbered anew, so nothing sent is overwritten.</translation>
    </message>
    <message>
        <source>The package carried no donors.</source>
        <translation>The package carried no donors.</translation>
    </message>
    <message>
        <source>Donors: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Donors: {new} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>No drive is planned for this laptop in this package.</source>
        <translation>No drive is planned for this laptop in this package.</translation>
    </message>
    <message>
        <source>Drives planned for this laptop:</source>
        <translation>Drives planned for this laptop:</translation>
    </message>
    <message>
        <source>its DIN numbers: {fin} {year} {range} ({count} numbers)</source>
        <translation>its DIN numbers: {fin} {year} {range} ({count} numbers)</translation>
    </message>
    <message>
        <source>{count} of these drives were changed on this laptop since: they stay as changed here.</source>
        <translation>{count} of these drives were changed on this laptop since: they stay as changed here.</translation>
    </message>
    <message>
        <source>Certificate forms for this laptop: {first} to {last} ({count} forms)</source>
        <translation>Certificate forms for this laptop: {first} to {last} ({count} forms)</translation>
    </message>
    <message>
        <source>The center took this laptop off {count} drive(s).</source>
        <translation>The center took this laptop off {count} drive(s).</translation>
    </message>
    <message>
        <source>The center withdrew {count} block(s) of numbers (DINs or certificate forms): this laptop no longer uses them.</source>
        <translation>The center withdrew {count} block(s) of numbers (DINs or certificate forms): this laptop no longer uses them.</translation>
    </message>
    <message>
        <source>Eligibility rule set: unchanged.</source>
        <translation>Eligibility rule set: unchanged.</translation>
    </message>
    <message>
        <source>Eligibility rule set {version} installed (all {cases} validation cases passed).</source>
        <translation>Eligibility rule set {version} installed (all {cases} validation cases passed).</translation>
    </message>
    <message>
        <source>The center has received no export file from this laptop yet.</source>
        <translation>The center has received no export file from this laptop yet.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>The center's passphrase</source>
        <translation>The center's passphrase</translation>
    </message>
    <message>
        <source>Type the center's passphrase to open the files:</source>
        <translation>Type the center's passphrase to open the files:</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
</context>
<context>
    <name>PlanDriveDialog</name>
    <message>
        <source>Plan a drive</source>
        <translation>Plan a drive</translation>
    </message>
    <message>
        <source>Plan the drive</source>
        <translation>Plan the drive</translation>
    </message>
    <message>
        <source>Change drive {code}</source>
        <translation>Change drive {code}</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>The laptops that will work it (Space ticks one): each gets a DIN block for the drive, sized for its target.</source>
        <translation>The laptops that will work it (Space ticks one): each gets a DIN block for the drive, sized for its target.</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>desk {letter}</source>
        <translation>desk {letter}</translation>
    </message>
    <message>
        <source>set the drive up itself</source>
        <translation>set the drive up itself</translation>
    </message>
    <message>
        <source>works it</source>
        <translation>works it</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Health questionnaire — No. {number} {name}</source>
        <translation>Health questionnaire — No. {number} {name}</translation>
    </message>
    <message>
        <source>No. {number} — {name} · born {birth} · {sex}</source>
        <translation>No. {number} — {name} · born {birth} · {sex}</translation>
    </message>
    <message>
        <source>Save the answers</source>
        <translation>Save the answers</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>date dd/mm/yyyy</source>
        <translation>date dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>has questionnaire</source>
        <translation>has questionnaire</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Health &amp;questionnaire…</source>
        <translation>Health &amp;questionnaire…</translation>
    </message>
    <message>
        <source>&amp;Void the chosen ticket…</source>
        <translation>&amp;Void the chosen ticket…</translation>
    </message>
    <message>
        <source>Questionnaire saved: No. {number} {name}.</source>
        <translation>Questionnaire saved: No. {number} {name}.</translation>
    </message>
    <message>
        <source>Choose the ticket to void in the list.</source>
        <translation>Choose the ticket to void in the list.</translation>
    </message>
    <message>
        <source>Void ticket No. {number}</source>
        <translation>Void ticket No. {number}</translation>
    </message>
    <message>
        <source>Why is the ticket of {name} voided (e.g. the wrong person was checked in)?</source>
        <translation>Why is the ticket of {name} voided (e.g. the wrong person was checked in)?</translation>
    </message>
    <message>
        <source>Ticket No. {number} of {name} voided.</source>
        <translation>Ticket No. {number} of {name} voided.</translation>
    </message>
    <message>
        <source>Waiting for screening: {count}</source>
        <translation>Waiting for screening: {count}</translation>
    </message>
    <message>
        <source>Checked in: {total} · waiting for screening: {waiting} · waiting to give: {accepted} · given: {donated} · deferred: {deferred} · target: {target}</source>
        <translation>Checked in: {total} · waiting for screening: {waiting} · waiting to give: {accepted} · given: {donated} · deferred: {deferred} · target: {target}</translation>
    </message>
</context>
<context>
    <name>ReactionFields</name>
    <message>
        <source>Vasovagal, immediate, without loss of consciousness</source>
        <translation>Vasovagal, immediate, without loss of consciousness</translation>
    </message>
    <message>
        <source>Vasovagal, immediate, with loss of consciousness</source>
        <translation>Vasovagal, immediate, with loss of consciousness</translation>
    </message>
    <message>
        <source>Vasovagal, delayed, without loss of consciousness</source>
        <translation>Vasovagal, delayed, without loss of consciousness</translation>
    </message>
    <message>
        <source>Vasovagal, delayed, with loss of consciousness</source>
        <translation>Vasovagal, delayed, with loss of consciousness</translation>
    </message>
    <message>
        <source>Haematoma</source>
        <translation>Haematoma</translation>
    </message>
    <message>
        <source>Arterial puncture</source>
        <translation>Arterial puncture</translation>
    </message>
    <message>
        <source>Nerve injury</source>
        <translation>Nerve injury</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>Adverse reaction</source>
        <translation>Adverse reaction</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>What was done (legs raised, fluids, …)</source>
        <translation>What was done (legs raised, fluids, …)</translation>
    </message>
    <message>
        <source>The donor left in good condition</source>
        <translation>The donor left in good condition</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>End of day — drive {code}</source>
        <translation>End of day — drive {code}</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>DINs allocated to the drive</source>
        <translation>DINs allocated to the drive</translation>
    </message>
    <message>
        <source>DINs whose labels were printed</source>
        <translation>DINs whose labels were printed</translation>
    </message>
    <message>
        <source>DINs allocated, labels never printed</source>
        <translation>DINs allocated, labels never printed</translation>
    </message>
    <message>
        <source>DINs neither used nor voided: {count}</source>
        <translation>DINs neither used nor voided: {count}</translation>
    </message>
    <message>
        <source>Certificate serials reserved, never confirmed printed: {count}</source>
        <translation>Certificate serials reserved, never confirmed printed: {count}</translation>
    </message>
    <message>
        <source>Void these serials…</source>
        <translation>Void these serials…</translation>
    </message>
    <message>
        <source>labels printed</source>
        <translation>labels printed</translation>
    </message>
    <message>
        <source>never printed</source>
        <translation>never printed</translation>
    </message>
    <message>
        <source>Void this range…</source>
        <translation>Void this range…</translation>
    </message>
    <message>
        <source>Void unused DINs</source>
        <translation>Void unused DINs</translation>
    </message>
    <message>
        <source>Why are {range} voided (labels destroyed, never printed, …)?</source>
        <translation>Why are {range} voided (labels destroyed, never printed, …)?</translation>
    </message>
    <message>
        <source>Void reserved serials</source>
        <translation>Void reserved serials</translation>
    </message>
    <message>
        <source>Why were they never printed? Their serials stay used.</source>
        <translation>Why were they never printed? Their serials stay used.</translation>
    </message>
    <message>
        <source>Close drive {code}? Nothing more can be checked in, screened or recorded; corrections become audited amendments.</source>
        <translation>Close drive {code}? Nothing more can be checked in, screened or recorded; corrections become audited amendments.</translation>
    </message>
    <message>
        <source>{count} complete donations have no certificate yet.</source>
        <translation>{count} complete donations have no certificate yet.</translation>
    </message>
    <message>
        <source>Close the drive</source>
        <translation>Close the drive</translation>
    </message>
    <message>
        <source>No discrepancies: the drive can be closed.</source>
        <translation>No discrepancies: the drive can be closed.</translation>
    </message>
    <message>
        <source>Close the drive…</source>
        <translation>Close the drive…</translation>
    </message>
    <message>
        <source>End-of-day report…</source>
        <translation>End-of-day report…</translation>
    </message>
    <message>
        <source>Figures of the day</source>
        <translation>Figures of the day</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Waiting for screening</source>
        <translation>Waiting for screening</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Collected, complete</source>
        <translation>Collected, complete</translation>
    </message>
    <message>
        <source>Collected, incomplete</source>
        <translation>Collected, incomplete</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Not collected</translation>
    </message>
    <message>
        <source>Accepted, no unit yet</source>
        <translation>Accepted, no unit yet</translation>
    </message>
    <message>
        <source>Left before giving</source>
        <translation>Left before giving</translation>
    </message>
    <message>
        <source>DINs used</source>
        <translation>DINs used</translation>
    </message>
    <message>
        <source>DINs voided</source>
        <translation>DINs voided</translation>
    </message>
    <message>
        <source>DINs printed, not used or voided</source>
        <translation>DINs printed, not used or voided</translation>
    </message>
    <message>
        <source>DINs used from pre-printed rolls</source>
        <translation>DINs used from pre-printed rolls</translation>
    </message>
    <message>
        <source>This laptop: desk letter · DIN block</source>
        <translation>This laptop: desk letter · DIN block</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <source>Certificates voided</source>
        <translation>Certificates voided</translation>
    </message>
    <message>
        <source>Certificate serials reserved, never confirmed</source>
        <translation>Certificate serials reserved, never confirmed</translation>
    </message>
    <message>
        <source>Complete donations without a certificate</source>
        <translation>Complete donations without a certificate</translation>
    </message>
    <message>
        <source>Checked in but never screened: {count}</source>
        <translation>Checked in but never screened: {count}</translation>
    </message>
    <message>
        <source>Accepted but no unit recorded: {count}</source>
        <translation>Accepted but no unit recorded: {count}</translation>
    </message>
    <message>
        <source>Explained: {note}</source>
        <translation>Explained: {note}</translation>
    </message>
    <message>
        <source>Explain (e.g. left without giving; labels destroyed)</source>
        <translation>Explain (e.g. left without giving; labels destroyed)</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Save the explanation</translation>
    </message>
</context>
<context>
    <name>RegistryImportDialog</name>
    <message>
        <source>Import the donor registry</source>
        <translation>Import the donor registry</translation>
    </message>
    <message>
        <source>Choose the registry file (CSV, UTF-8) sent by the blood center. The whole file is checked first; if any line is wrong nothing is imported.</source>
        <translation>Choose the registry file (CSV, UTF-8) sent by the blood center. The whole file is checked first; if any line is wrong nothing is imported.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Registry file</source>
        <translation>Registry file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Saving donors…</source>
        <translation>Saving donors…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>The file was not imported.</translation>
    </message>
    <message>
        <source>Import cancelled. The registry is unchanged.</source>
        <translation>Import cancelled. The registry is unchanged.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed.</source>
        <translation>The import failed and nothing was changed.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Open a backup file (USB stick)…</source>
        <translation>Open a backup file (USB stick)…</translation>
    </message>
    <message>
        <source>Choose a backup to check it.</source>
        <translation>Choose a backup to check it.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <source>Backups on this laptop (newest first):</source>
        <translation>Backups on this laptop (newest first):</translation>
    </message>
    <message>
        <source>Restoring replaces the database with the backup. The database as it is now is kept aside, never deleted; the laptop then exchanges with the center as a new incarnation. Numbers it gave after the backup (tickets, DINs, certificate serials) are kept unused: read in the file kept aside, else a safety margin.</source>
        <translation>Restoring replaces the database with the backup. The database as it is now is kept aside, never deleted; the laptop then exchanges with the center as a new incarnation. Numbers it gave after the backup (tickets, DINs, certificate serials) are kept unused: read in the file kept aside, else a safety margin.</translation>
    </message>
    <message>
        <source>No backup on this laptop yet: open a backup file.</source>
        <translation>No backup on this laptop yet: open a backup file.</translation>
    </message>
    <message>
        <source>Open a backup file</source>
        <translation>Open a backup file</translation>
    </message>
    <message>
        <source>HMTN backups (*.tar.age *.sqlite3)</source>
        <translation>HMTN backups (*.tar.age *.sqlite3)</translation>
    </message>
    <message>
        <source>The administrator's backup key (or the center's)</source>
        <translation>The administrator's backup key (or the center's)</translation>
    </message>
    <message>
        <source>Backup keys (*.txt);;All files (*)</source>
        <translation>Backup keys (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>Backup {file}</source>
        <translation>Backup {file}</translation>
    </message>
    <message>
        <source>Restore the backup made {when}? The app closes the database, keeps it aside as it is now, puts the backup in its place and opens it again.</source>
        <translation>Restore the backup made {when}? The app closes the database, keeps it aside as it is now, puts the backup in its place and opens it again.</translation>
    </message>
</context>
<context>
    <name>RollDialog</name>
    <message>
        <source>Pre-printed label roll</source>
        <translation>Pre-printed label roll</translation>
    </message>
    <message>
        <source>Scan the first and the last label of the roll. Every DIN scanned at collection is then checked against this range.</source>
        <translation>Scan the first and the last label of the roll. Every DIN scanned at collection is then checked against this range.</translation>
    </message>
    <message>
        <source>First label</source>
        <translation>First label</translation>
    </message>
    <message>
        <source>Last label</source>
        <translation>Last label</translation>
    </message>
    <message>
        <source>Register the roll</source>
        <translation>Register the roll</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <source>Eligibility rule set</source>
        <translation>Eligibility rule set</translation>
    </message>
    <message>
        <source>Install a rule set file…</source>
        <translation>Install a rule set file…</translation>
    </message>
    <message>
        <source>Use the rule set shipped with the app</source>
        <translation>Use the rule set shipped with the app</translation>
    </message>
    <message>
        <source>A rule set is installed only when every case of its validation table passes: the file NAME-cases.csv beside NAME.toml, or a cases file you choose. Check it beforehand with: hmtn rules test CASES.csv --rules FILE</source>
        <translation>A rule set is installed only when every case of its validation table passes: the file NAME-cases.csv beside NAME.toml, or a cases file you choose. Check it beforehand with: hmtn rules test CASES.csv --rules FILE</translation>
    </message>
    <message>
        <source>In use: {title} (version {version}, SHA-256 {sha256})</source>
        <translation>In use: {title} (version {version}, SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>The rule set installed earlier fails today's checks: the rule set shipped with the app is in force until a corrected one is installed.</source>
        <translation>The rule set installed earlier fails today's checks: the rule set shipped with the app is in force until a corrected one is installed.</translation>
    </message>
    <message>
        <source>This rule set was not installed: {path} cannot be used.</source>
        <translation>This rule set was not installed: {path} cannot be used.</translation>
    </message>
    <message>
        <source>This rule set was not installed.</source>
        <translation>This rule set was not installed.</translation>
    </message>
    <message>
        <source>Validation cases for {name}</source>
        <translation>Validation cases for {name}</translation>
    </message>
    <message>
        <source>Validation cases (*.csv)</source>
        <translation>Validation cases (*.csv)</translation>
    </message>
    <message>
        <source>Not installed: a rule set needs its validation cases.</source>
        <translation>Not installed: a rule set needs its validation cases.</translation>
    </message>
    <message>
        <source>No {name} beside the file, and no cases file was chosen.</source>
        <translation>No {name} beside the file, and no cases file was chosen.</translation>
    </message>
    <message>
        <source>Not installed: {failed} of {total} validation cases failed.</source>
        <translation>Not installed: {failed} of {total} validation cases failed.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>Installed: version {version}. All {total} validation cases passed.</source>
        <translation>Installed: version {version}. All {total} validation cases passed.</translation>
    </message>
    <message>
        <source>The shipped rule set was not restored.</source>
        <translation>The shipped rule set was not restored.</translation>
    </message>
    <message>
        <source>Rule set file</source>
        <translation>Rule set file</translation>
    </message>
    <message>
        <source>Rule sets (*.toml)</source>
        <translation>Rule sets (*.toml)</translation>
    </message>
</context>
<context>
    <name>ScreenedList</name>
    <message>
        <source>Reopen the decision…</source>
        <translation>Reopen the decision…</translation>
    </message>
    <message>
        <source>Print the deferral slip… (Ctrl+P)</source>
        <translation>Print the deferral slip… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Screened at this drive</source>
        <translation>Screened at this drive</translation>
    </message>
    <message>
        <source>Reopen the decision</source>
        <translation>Reopen the decision</translation>
    </message>
    <message>
        <source>Why is the decision for No. {number} {name} reopened?</source>
        <translation>Why is the decision for No. {number} {name} reopened?</translation>
    </message>
    <message>
        <source>Decision reopened: No. {number} {name} is back in the queue.</source>
        <translation>Decision reopened: No. {number} {name} is back in the queue.</translation>
    </message>
    <message>
        <source>Choose a deferred donor in the list of screened donors.</source>
        <translation>Choose a deferred donor in the list of screened donors.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>The questionnaire has not been recorded yet.</source>
        <translation>The questionnaire has not been recorded yet.</translation>
    </message>
    <message>
        <source>Questionnaire recorded by {name} at {time}.</source>
        <translation>Questionnaire recorded by {name} at {time}.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>Accept, {volume} ml</source>
        <translation>Accept, {volume} ml</translation>
    </message>
    <message>
        <source>Defer until {date}</source>
        <translation>Defer until {date}</translation>
    </message>
    <message>
        <source>Defer for today</source>
        <translation>Defer for today</translation>
    </message>
    <message>
        <source>Defer permanently</source>
        <translation>Defer permanently</translation>
    </message>
    <message>
        <source>Not complete: measurements are missing</source>
        <translation>Not complete: measurements are missing</translation>
    </message>
    <message>
        <source>Not complete: the health questionnaire is not recorded</source>
        <translation>Not complete: the health questionnaire is not recorded</translation>
    </message>
    <message>
        <source>Proposed: {outcome}</source>
        <translation>Proposed: {outcome}</translation>
    </message>
</context>
<context>
    <name>ScreeningScreen</name>
    <message>
        <source>Record the questionnaire</source>
        <translation>Record the questionnaire</translation>
    </message>
    <message>
        <source>The donor has answered: ticked items are "yes", the others "no".</source>
        <translation>The donor has answered: ticked items are "yes", the others "no".</translation>
    </message>
    <message>
        <source>Waiting for screening: {count}</source>
        <translation>Waiting for screening: {count}</translation>
    </message>
    <message>
        <source>No. {number} — {name}</source>
        <translation>No. {number} — {name}</translation>
    </message>
    <message>
        <source>group not known</source>
        <translation>group not known</translation>
    </message>
    <message>
        <source>{count} donations</source>
        <translation>{count} donations</translation>
    </message>
    <message>
        <source>last {date} ({kind})</source>
        <translation>last {date} ({kind})</translation>
    </message>
    <message>
        <source>Choose a donor from the queue (Enter)</source>
        <translation>Choose a donor from the queue (Enter)</translation>
    </message>
    <message>
        <source>Recorded: No. {number} {name} — {decision}</source>
        <translation>Recorded: No. {number} {name} — {decision}</translation>
    </message>
</context>
<context>
    <name>SerialRunsDialog</name>
    <message>
        <source>Certificate form serials of {device}</source>
        <translation>Certificate form serials of {device}</translation>
    </message>
    <message>
        <source>&amp;Withdraw the run…</source>
        <translation>&amp;Withdraw the run…</translation>
    </message>
    <message>
        <source>Prefix on the forms</source>
        <translation>Prefix on the forms</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Digits of the number</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>First number</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Last number</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Serials</translation>
    </message>
    <message>
        <source>Allocate the run</source>
        <translation>Allocate the run</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A new run for this laptop (a stack of forms):</source>
        <translation>A new run for this laptop (a stack of forms):</translation>
    </message>
    <message>
        <source>First form</source>
        <translation>First form</translation>
    </message>
    <message>
        <source>Last form</source>
        <translation>Last form</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Forms {first} to {last} go to this laptop with its next package.</source>
        <translation>Forms {first} to {last} go to this laptop with its next package.</translation>
    </message>
    <message>
        <source>Withdraw a run of forms</source>
        <translation>Withdraw a run of forms</translation>
    </message>
    <message>
        <source>Withdraw forms {forms} from {device}? Why?</source>
        <translation>Withdraw forms {forms} from {device}? Why?</translation>
    </message>
    <message>
        <source>Forms {forms} withdrawn.</source>
        <translation>Forms {forms} withdrawn.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — HMTN Desk</source>
        <translation>Sign in — HMTN Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Sign in to {file}</source>
        <translation>Sign in to {file}</translation>
    </message>
</context>
<context>
    <name>SiteSetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>Set up this site</translation>
    </message>
    <message>
        <source>e.g. Viện Huyết học - Truyền máu Trung ương</source>
        <translation>e.g. Viện Huyết học - Truyền máu Trung ương</translation>
    </message>
    <message>
        <source>e.g. Hotline 1900 xxxx · 14 Trần Thái Tông</source>
        <translation>e.g. Hotline 1900 xxxx · 14 Trần Thái Tông</translation>
    </message>
    <message>
        <source>e.g. TTHH-HN</source>
        <translation>e.g. TTHH-HN</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>The collecting facility</source>
        <translation>The collecting facility</translation>
    </message>
    <message>
        <source>Name (on the certificates)</source>
        <translation>Name (on the certificates)</translation>
    </message>
    <message>
        <source>Site code (in certificate serials)</source>
        <translation>Site code (in certificate serials)</translation>
    </message>
    <message>
        <source>FIN (on the DIN labels)</source>
        <translation>FIN (on the DIN labels)</translation>
    </message>
    <message>
        <source>Contact line on the thank-you slip</source>
        <translation>Contact line on the thank-you slip</translation>
    </message>
    <message>
        <source>Staff (more can be added later: Staff menu)</source>
        <translation>Staff (more can be added later: Staff menu)</translation>
    </message>
    <message>
        <source>Screening doctor</source>
        <translation>Screening doctor</translation>
    </message>
    <message>
        <source>Collection nurse</source>
        <translation>Collection nurse</translation>
    </message>
    <message>
        <source>The stations need these once. Each can be changed later under Settings; the site code and FIN come from the blood center.</source>
        <translation>The stations need these once. Each can be changed later under Settings; the site code and FIN come from the blood center.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Already here: {names}. Add someone only if needed.</source>
        <translation>Already here: {names}. Add someone only if needed.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>Print the deferral slip</source>
        <translation>Print the deferral slip</translation>
    </message>
    <message>
        <source>The deferral slip was not printed.</source>
        <translation>The deferral slip was not printed.</translation>
    </message>
    <message>
        <source>Deferral slip printed for {name}.</source>
        <translation>Deferral slip printed for {name}.</translation>
    </message>
    <message>
        <source>Print the queue ticket: choose the roll printer</source>
        <translation>Print the queue ticket: choose the roll printer</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Staff member: {name}</source>
        <translation>Staff member: {name}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>StaffListDialog</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Password and PIN…</source>
        <translation>Password and PIN…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nobody is deleted: a person who no longer works here is deactivated and is then no longer offered as operator, doctor or nurse.</source>
        <translation>Nobody is deleted: a person who no longer works here is deactivated and is then no longer offered as operator, doctor or nurse.</translation>
    </message>
    <message>
        <source>Staff of this site</source>
        <translation>Staff of this site</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>SwitchPersonDialog</name>
    <message>
        <source>Switch person</source>
        <translation>Switch person</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Signed in now: {name}. The person taking over types their user name and PIN; what is recorded from then on is in their name.</source>
        <translation>Signed in now: {name}. The person taking over types their user name and PIN; what is recorded from then on is in their name.</translation>
    </message>
    <message>
        <source>Who takes over this desk?</source>
        <translation>Who takes over this desk?</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>whole blood</source>
        <translation>whole blood</translation>
    </message>
    <message>
        <source>red cell apheresis</source>
        <translation>red cell apheresis</translation>
    </message>
    <message>
        <source>plasma apheresis</source>
        <translation>plasma apheresis</translation>
    </message>
    <message>
        <source>platelet apheresis</source>
        <translation>platelet apheresis</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Pink Spring Festival (Lễ hội Xuân hồng)</source>
        <translation>Pink Spring Festival (Lễ hội Xuân hồng)</translation>
    </message>
    <message>
        <source>Red Sunday (Chủ nhật đỏ)</source>
        <translation>Red Sunday (Chủ nhật đỏ)</translation>
    </message>
    <message>
        <source>Pink Summer Drop (Giọt máu hồng hè)</source>
        <translation>Pink Summer Drop (Giọt máu hồng hè)</translation>
    </message>
    <message>
        <source>National Voluntary Blood Donation Day 7/4</source>
        <translation>National Voluntary Blood Donation Day 7/4</translation>
    </message>
    <message>
        <source>Red Journey (Hành trình Đỏ)</source>
        <translation>Red Journey (Hành trình Đỏ)</translation>
    </message>
    <message>
        <source>World Blood Donor Day 14/6</source>
        <translation>World Blood Donor Day 14/6</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>center operator</source>
        <translation>center operator</translation>
    </message>
    <message>
        <source>screening doctor</source>
        <translation>screening doctor</translation>
    </message>
    <message>
        <source>collection nurse</source>
        <translation>collection nurse</translation>
    </message>
    <message>
        <source>certificate desk</source>
        <translation>certificate desk</translation>
    </message>
</context>
</TS>