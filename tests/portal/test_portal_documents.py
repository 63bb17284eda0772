"""Attachments travel with the dossier (multipart) and the sandbox checks, stores and returns them.

Everything runs against the real sandbox over loopback, or a small recording HTTP server where what
matters is what the client puts on the wire; requests is not mocked.
"""

from __future__ import annotations

import hashlib
import socket
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from portal_helpers import (
    BIRTH_DOCUMENTS,
    Citizen,
    ClockedSandbox,
    assert_problem,
    birth_dossier,
    is_vietnamese,
    jpeg,
    pdf,
    register,
)

from kiosk.domain.documents import MAX_BYTES, Document, accept
from kiosk.portal.client import PortalClient, dossier_parts
from kiosk.portal.errors import PortalFailed, PortalRejected

FATHER_KNOWN: dict[str, str | int | bool | None] = {
    "father.known": True,
    "father.full_name": "Trần Văn Hùng",
    "father.birth_year": 1992,
    "father.ethnicity": "01",
    "father.nationality": "Việt Nam",
    "father.residence.province": 1,
    "father.residence.commune": 4,
    "father.residence.street": "Số 5 phố Phan Đình Phùng",
}
PERSONAL_FILE_NAME = "Nguyen Van A 001156012345.jpg"


def _rows(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as db:
        (count,) = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    return int(count)


@pytest.fixture
def private_client(clocked_sandbox: ClockedSandbox) -> Iterator[PortalClient]:
    with PortalClient(clocked_sandbox.url) as c:
        person = register(c)
        c.login(person.id_number, person.password)
        yield c


def _refusal(
    client: PortalClient, documents: tuple[Document, ...] | list[Document], key: str
) -> PortalRejected:
    with pytest.raises(PortalRejected) as info:
        client.submit_dossier(birth_dossier(), idempotency_key=key, documents=documents)
    assert is_vietnamese(info.value.message)
    return info.value


# -- stored, listed, returned --------------------------------------------------------------------


def test_two_documents_are_stored_listed_and_returned_byte_for_byte(
    client: PortalClient, citizen: Citizen, sandbox_url: str
) -> None:
    certificate = accept("giay_chung_sinh", pdf("giấy chứng sinh, bản chính"))
    marriage = accept("giay_chung_nhan_ket_hon", jpeg("giấy chứng nhận kết hôn"))
    dossier = client.submit_dossier(
        birth_dossier(**FATHER_KNOWN), idempotency_key="docs-2", documents=[certificate, marriage]
    )
    expected = [
        (1, "giay_chung_sinh", "application/pdf", certificate.size, certificate.sha256),
        (2, "giay_chung_nhan_ket_hon", "image/jpeg", marriage.size, marriage.sha256),
    ]
    assert [(d.index, d.attachment_id, d.mime, d.size, d.sha256) for d in dossier.documents] == expected
    listed = client.dossier_documents(dossier.code, dossier.lookup_code)
    assert listed == dossier.documents
    assert client.get_dossier(dossier.code, dossier.lookup_code).documents == listed
    for info, original in zip(listed, (certificate, marriage), strict=True):
        data = client.document(dossier.code, dossier.lookup_code, info.index)
        assert data == original.data and hashlib.sha256(data).hexdigest() == info.sha256
    response = requests.get(
        f"{sandbox_url}/api/v1/dossiers/{dossier.code}/documents/2",
        headers={"X-Lookup-Code": dossier.lookup_code},
        timeout=10,
    )
    assert response.headers["content-type"] == "image/jpeg"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert 'filename="giay_chung_nhan_ket_hon-1.jpg"' in response.headers["content-disposition"]


def test_several_files_for_one_entry_are_numbered_in_order(client: PortalClient, citizen: Citizen) -> None:
    front, back = accept("giay_chung_sinh", jpeg("mặt trước")), accept("giay_chung_sinh", jpeg("mặt sau"))
    dossier = client.submit_dossier(birth_dossier(), idempotency_key="docs-pages", documents=[front, back])
    assert [(d.index, d.sha256) for d in dossier.documents] == [(1, front.sha256), (2, back.sha256)]
    assert client.document(dossier.code, dossier.lookup_code, 2) == back.data


def test_documents_need_the_lookup_code(client: PortalClient, citizen: Citizen, sandbox_url: str) -> None:
    dossier = client.submit_dossier(birth_dossier(), idempotency_key="docs-lookup", documents=BIRTH_DOCUMENTS)
    wrong = "".join("A" if ch != "A" else "B" for ch in dossier.lookup_code)
    for lookup in (wrong, "", "  ", "Đ", "ABC\n"):
        with pytest.raises(PortalRejected) as info:
            client.dossier_documents(dossier.code, lookup)
        assert info.value.status == 404 and "mã tra cứu" in info.value.message
        with pytest.raises(PortalRejected):
            client.document(dossier.code, lookup, 1)
    for index in (0, 2, 10**30):
        with pytest.raises(PortalRejected) as info:
            client.document(dossier.code, dossier.lookup_code, index)
        assert info.value.status == 404
    base = f"{sandbox_url}/api/v1/dossiers/{dossier.code}/documents"
    assert_problem(requests.get(base, timeout=10), 404)
    assert_problem(requests.get(f"{base}/1", timeout=10), 404)
    for garbage in ("x", "-1", "1.0", "%C4%91", "9" * 40):
        assert_problem(requests.get(f"{base}/{garbage}", params={"lookup_code": dossier.lookup_code}), 404)
    # The query parameter still works, for older kiosks; a header wins over it.
    by_query = requests.get(base, params={"lookup_code": dossier.lookup_code.lower()}, timeout=10)
    assert by_query.status_code == 200 and len(by_query.json()) == 1
    both = requests.get(
        base, params={"lookup_code": dossier.lookup_code}, headers={"X-Lookup-Code": wrong}, timeout=10
    )
    assert_problem(both, 404)


# -- what the sandbox refuses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({}, "Giấy chứng sinh"),
        ({"child.has_birth_certificate": False, "child.has_witness": False}, "Giấy cam đoan về việc sinh"),
        (
            {"child.has_birth_certificate": False, "child.has_witness": True},
            "Văn bản của người làm chứng xác nhận về việc sinh",
        ),
    ],
)
def test_a_missing_needed_document_is_named_in_vietnamese(
    client: PortalClient, citizen: Citizen, changes: dict[str, bool], missing: str
) -> None:
    request = birth_dossier(**changes)
    with pytest.raises(PortalRejected) as info:
        client.submit_dossier(request, idempotency_key=f"missing-{len(missing)}")  # plain JSON, no files
    assert info.value.status == 422
    assert info.value.message == f"Còn thiếu giấy tờ: {missing}."
    assert list(info.value.field_errors) and all(
        f.startswith("attachments.") for f in info.value.field_errors
    )


def test_a_needed_document_is_missing_even_when_others_are_sent(
    client: PortalClient, citizen: Citizen
) -> None:
    marriage = accept("giay_chung_nhan_ket_hon", jpeg("kết hôn"))
    with pytest.raises(PortalRejected) as info:
        client.submit_dossier(
            birth_dossier(**FATHER_KNOWN), idempotency_key="missing-mp", documents=[marriage]
        )
    assert info.value.status == 422 and "Giấy chứng sinh" in info.value.message
    assert set(info.value.field_errors) == {"attachments.giay_chung_sinh"}


def test_a_text_file_named_jpg_is_refused_by_its_content(client: PortalClient, citizen: Citizen) -> None:
    renamed = Document("giay_chung_sinh", "image/jpeg", "Chỉ là một tệp văn bản đổi tên .jpg".encode())
    refusal = _refusal(client, [renamed], "txt-as-jpg")
    assert refusal.status == 422
    assert "không phải ảnh" in refusal.message and set(refusal.field_errors) == {"files.0"}


def test_an_empty_file_is_refused(client: PortalClient, citizen: Citizen) -> None:
    refusal = _refusal(client, [Document("giay_chung_sinh", "application/pdf", b"")], "empty-file")
    assert refusal.status == 422 and "trống" in refusal.message


def test_an_oversized_file_is_refused_with_the_size_message(client: PortalClient, citizen: Citizen) -> None:
    big = pdf() + b"0" * MAX_BYTES
    refusal = _refusal(client, [Document("giay_chung_sinh", "application/pdf", big)], "too-big")
    assert refusal.status == 413
    assert refusal.message.startswith("Tệp quá lớn (tối đa 5 MB)") and "files.0" in refusal.field_errors


def test_an_attachment_not_on_the_checklist_is_refused(client: PortalClient, citizen: Citizen) -> None:
    unknown = Document("giay_khong_co", "application/pdf", pdf("lạ"))
    refusal = _refusal(client, [*BIRTH_DOCUMENTS, unknown], "unknown-id")
    assert refusal.status == 422 and refusal.field_errors == {
        "files.1": "Giấy tờ này không có trong danh mục giấy tờ của thủ tục."
    }


def test_an_attachment_that_does_not_apply_is_refused(client: PortalClient, citizen: Citizen) -> None:
    # The requester is the mother, not someone authorised: no letter of authorisation (văn bản ủy quyền).
    letter = accept("van_ban_uy_quyen", pdf("ủy quyền"))
    refusal = _refusal(client, [*BIRTH_DOCUMENTS, letter], "not-applicable")
    assert refusal.status == 422 and set(refusal.field_errors) == {"files.1"}
    assert "không cần" in refusal.field_errors["files.1"]


# -- idempotency -----------------------------------------------------------------------------------


def test_same_key_and_same_files_give_one_dossier(
    private_client: PortalClient, clocked_sandbox: ClockedSandbox
) -> None:
    dossiers, documents = (
        _rows(clocked_sandbox.db_path, "dossiers"),
        _rows(clocked_sandbox.db_path, "documents"),
    )
    first = private_client.submit_dossier(
        birth_dossier(), idempotency_key="files-key", documents=BIRTH_DOCUMENTS
    )
    again = private_client.submit_dossier(
        birth_dossier(), idempotency_key="files-key", documents=BIRTH_DOCUMENTS
    )
    assert again == first
    assert _rows(clocked_sandbox.db_path, "dossiers") == dossiers + 1
    assert _rows(clocked_sandbox.db_path, "documents") == documents + 1


def test_same_key_with_different_files_is_refused(private_client: PortalClient) -> None:
    private_client.submit_dossier(birth_dossier(), idempotency_key="other-file", documents=BIRTH_DOCUMENTS)
    other = accept("giay_chung_sinh", pdf("một bản quét khác"))
    for documents in ([other], [*BIRTH_DOCUMENTS, *BIRTH_DOCUMENTS]):
        with pytest.raises(PortalRejected) as info:
            private_client.submit_dossier(birth_dossier(), idempotency_key="other-file", documents=documents)
        assert info.value.status == 422 and "Idempotency-Key" in info.value.message
    with pytest.raises(PortalRejected) as info:  # the same answers sent without the files
        private_client.submit_dossier(birth_dossier(), idempotency_key="other-file")
    assert info.value.status == 422 and "Idempotency-Key" in info.value.message


# -- the person's own file name --------------------------------------------------------------------


class RecordingPortal(ThreadingHTTPServer):
    """Keeps every request (method, path, headers, body) and answers `status` with a problem body."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Recorder)
        self.status = 422
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Recorder(BaseHTTPRequestHandler):
    server: RecordingPortal

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.server.lock:
            self.server.requests.append((self.command, self.path, dict(self.headers.items()), body))
        answer = b'{"title": "x", "status": 422, "detail": "T\xe1\xbb\xab ch\xe1\xbb\x91i"}'
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recording() -> Iterator[RecordingPortal]:
    server = RecordingPortal()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _scan(tmp_path: Path) -> Document:
    """A photo the desk scanner saved under the person's name and CCCD number."""
    path = tmp_path / PERSONAL_FILE_NAME
    path.write_bytes(jpeg("ảnh chụp giấy chứng sinh"))
    return accept("giay_chung_sinh", path.read_bytes())


def test_the_persons_file_name_never_goes_on_the_wire(recording: RecordingPortal, tmp_path: Path) -> None:
    with PortalClient(recording.url) as client, pytest.raises(PortalRejected):
        client.use_token("t")
        client.submit_dossier(birth_dossier(), idempotency_key="wire-1", documents=[_scan(tmp_path)])
    [(method, path, headers, body)] = recording.requests
    assert (method, path) == ("POST", "/api/v1/dossiers")
    assert headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="files"; filename="giay_chung_sinh-1.jpg"' in body
    assert b"Content-Type: image/jpeg" in body
    assert b'name="attachment_id"' in body and b'name="dossier"' in body
    assert b"Nguyen" not in body and b"001156012345" not in body


def test_the_persons_file_name_is_never_stored(
    private_client: PortalClient, clocked_sandbox: ClockedSandbox, tmp_path: Path
) -> None:
    dossier = private_client.submit_dossier(
        birth_dossier(), idempotency_key="stored-name", documents=[_scan(tmp_path)]
    )
    listed = private_client.dossier_documents(dossier.code, dossier.lookup_code)
    text = dossier.model_dump_json() + "".join(d.model_dump_json() for d in listed)
    assert "giay_chung_sinh" in text and "Nguyen" not in text and "001156012345" not in text
    with sqlite3.connect(clocked_sandbox.db_path) as db:
        db.execute("PRAGMA wal_checkpoint(FULL)")
    for stored in clocked_sandbox.db_path.parent.glob(clocked_sandbox.db_path.name + "*"):
        data = stored.read_bytes()
        assert b"Nguyen Van A" not in data and b"001156012345" not in data, stored.name


def test_lookup_codes_never_go_in_urls(recording: RecordingPortal) -> None:
    recording.status = 404
    with PortalClient(recording.url) as client:
        for call in (
            lambda: client.get_dossier("000.00.01.H26-260101-0001", "K7QX3M"),
            lambda: client.dossier_documents("000.00.01.H26-260101-0001", "K7QX3M"),
            lambda: client.document("000.00.01.H26-260101-0001", "K7QX3M", 1),
        ):
            with pytest.raises(PortalRejected):
                call()
    paths = [path for _, path, _, _ in recording.requests]
    assert paths == [
        "/api/v1/dossiers/000.00.01.H26-260101-0001",
        "/api/v1/dossiers/000.00.01.H26-260101-0001/documents",
        "/api/v1/dossiers/000.00.01.H26-260101-0001/documents/1",
    ]
    assert all(headers["X-Lookup-Code"] == "K7QX3M" for _, _, headers, _ in recording.requests)


def test_a_multipart_dossier_is_retried_with_the_same_body(recording: RecordingPortal) -> None:
    recording.status = 503
    with PortalClient(recording.url) as client, pytest.raises(PortalFailed):
        client.use_token("t")
        client.submit_dossier(birth_dossier(), idempotency_key="retry-1", documents=BIRTH_DOCUMENTS)
    bodies = {body for _, _, _, body in recording.requests}
    keys = {headers["Idempotency-Key"] for _, _, headers, _ in recording.requests}
    assert len(recording.requests) == 3 and len(bodies) == 1 and keys == {"retry-1"}


# -- malformed uploads are never a 500 ---------------------------------------------------------------


@pytest.fixture(scope="module")
def token(sandbox_url: str) -> str:
    with PortalClient(sandbox_url) as c:
        person = register(c)
        return c.login(person.id_number, person.password).access_token


def test_malformed_uploads_are_4xx_problems(sandbox_url: str, token: str) -> None:
    url = f"{sandbox_url}/api/v1/dossiers"
    auth = {"Authorization": f"Bearer {token}", "Idempotency-Key": "malformed"}
    body = birth_dossier().model_dump_json().encode()
    good = dossier_parts(birth_dossier(), BIRTH_DOCUMENTS)
    Parts = list[tuple[str, tuple[str | None, bytes, str]]]
    cases: list[tuple[dict[str, str], bytes | None, Parts | None, int]] = [
        ({"Content-Type": "multipart/form-data"}, b"--x\r\n", None, 400),  # no boundary
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"garbage", None, 400),
        ({"Content-Type": "text/plain"}, body, None, 415),
        ({}, None, [("files", ("a.pdf", pdf(), "application/pdf"))], 400),  # no dossier part
        ({}, None, [good[0], good[0], *good[1:]], 400),  # two dossier parts
        ({}, None, [("dossier", (None, b"{oops", "application/json")), *good[1:]], 400),
        ({}, None, [good[0], good[2]], 422),  # a file without its attachment_id
        ({}, None, [good[0], good[1]], 422),  # an attachment_id without its file
        ({}, None, [good[0], good[1], ("files", (None, pdf(), "application/pdf"))], 422),  # not a file
        ({}, None, [good[0], *[p for _ in range(21) for p in good[1:]]], 422),  # too many files
        ({}, None, [("dossier", (None, b'{"answers": 1}', "application/json")), *good[1:]], 422),
    ]
    for headers, data, files, status in cases:
        response = requests.post(url, data=data, files=files, headers={**auth, **headers}, timeout=10)
        assert_problem(response, status)


def test_a_declared_size_over_the_limit_is_refused_before_the_body_is_read(sandbox_url: str) -> None:
    host, port = sandbox_url.removeprefix("http://").split(":")
    request = (
        "POST /api/v1/dossiers HTTP/1.1\r\n"
        f"Host: {host}\r\n"
        "Content-Type: multipart/form-data; boundary=x\r\n"
        f"Content-Length: {60 * 1024 * 1024}\r\n"
        "Connection: close\r\n\r\n--x\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request.encode())
        status_line = sock.makefile("rb").readline()
    assert status_line.split()[1] == b"413"


part_names = st.sampled_from(["dossier", "files", "attachment_id", "other"])
part_bodies = st.sampled_from([b"", b"{}", pdf(), jpeg(), b"giay_chung_sinh", b"\xff\xfe"]) | st.binary(
    max_size=40
)
parts = st.lists(
    st.tuples(part_names, st.none() | st.sampled_from(["a.pdf", "b.jpg", "Đơn.png", ""]), part_bodies),
    max_size=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=parts, with_dossier=st.booleans())
def test_any_multipart_upload_is_never_a_500(
    sandbox_url: str, token: str, parts: list[tuple[str, str | None, bytes]], with_dossier: bool
) -> None:
    files: list[tuple[str, tuple[str | None, bytes, str]]] = [
        (name, (filename, data, "application/octet-stream")) for name, filename, data in parts
    ]
    if with_dossier:
        files.insert(0, dossier_parts(birth_dossier(), ())[0])
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": f"any-{hash(repr(parts))}"}
    response = requests.post(
        f"{sandbox_url}/api/v1/dossiers", files=files or None, headers=headers, timeout=10
    )
    if response.status_code in {200, 201}:
        return  # hypothesis found a valid upload (the birth certificate as the only file): fine
    assert_problem(response)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=10,
)
dossier_like = st.fixed_dictionaries(
    {},
    optional={
        "procedure_code": st.sampled_from(["1.001193", "2.000635", ""]) | json_values,
        "procedure_version": st.just(birth_dossier().procedure_version) | json_values,
        "answers": st.dictionaries(st.sampled_from(list(birth_dossier().answers)), json_values) | json_values,
        "delivery": st.sampled_from(["desk", "post"]) | json_values,
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=dossier_like | json_values)
def test_any_json_dossier_is_never_a_500(sandbox_url: str, token: str, body: object) -> None:
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": f"json-{hash(repr(body))}"}
    response = requests.post(f"{sandbox_url}/api/v1/dossiers", json=body, headers=headers, timeout=10)
    if response.status_code in {200, 201}:
        return
    assert_problem(response)
