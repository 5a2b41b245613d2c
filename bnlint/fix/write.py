"""Write a file so that it is, at every instant, either all old or all new bytes, and stays the file it was:
same mode, owner and group, same (single) name. What cannot be kept is refused, with the reason."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile

from bnlint import lifeline


class NotRewritten(Exception):
    """The file was left as it was, for a reason the message gives (and says what to do about)."""


class ChangedOnDisk(NotRewritten):
    pass


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: str, data: bytes, expected_digest: str, read_only: bool = False) -> None:
    """Temp file in the same folder, fsync, rename over the original; keep its mode, owner and group.

    Refuses (NotRewritten) when the file no longer holds what was read (ChangedOnDisk: an editor's save in
    between is never overwritten), when it has other hard links (a rename would leave them the old text),
    when its owner or group cannot be kept, and when it is read-only, unless `read_only` (--force-rewrite).
    In a worker whose bnlint process is gone, nothing is written: the process ends instead.
    """
    with open(path, "rb") as f:
        if digest(f.read()) != expected_digest:
            raise ChangedOnDisk(f"{path}: changed on disk since it was read; not rewritten, run again")
    real = os.path.realpath(path)  # rewrite the target of a symlink, keep the link
    folder = os.path.dirname(real) or "."
    st = os.stat(real)
    mode = stat.S_IMODE(st.st_mode)
    if st.st_nlink > 1:
        raise NotRewritten(
            f"{path}: has {st.st_nlink} hard links; rewriting it would give this name new text and leave the old "
            "text under the others, so it was left unchanged (apply the fix by hand, or break the link: "
            "copy the file over itself)")
    if not read_only and (not mode & 0o222 or not os.access(real, os.W_OK)):
        raise NotRewritten(f"{path}: read-only, so it was left unchanged (make it writable, or pass "
                           "--force-rewrite to rewrite read-only files; they stay read-only)")
    fd, tmp = tempfile.mkstemp(prefix=".bnlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _keep_owner(path, tmp, st)
        os.chmod(tmp, mode)  # after chown, which clears set-id bits
        if lifeline.orphaned():  # a pool worker whose bnlint was killed: no writes after it is gone
            os.unlink(tmp)
            os._exit(1)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def _keep_owner(path: str, tmp: str, st: os.stat_result) -> None:
    """Give tmp the owner and group of the original (as editors do), or refuse: a file given to whoever ran
    bnlint (root, say) may no longer be readable by the user who owned it."""
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (st.st_uid, st.st_gid) or not hasattr(os, "chown"):
        return
    try:
        os.chown(tmp, st.st_uid if mine.st_uid != st.st_uid else -1, st.st_gid if mine.st_gid != st.st_gid else -1)
    except PermissionError:
        raise NotRewritten(
            f"{path}: owned by {_who(st)}; a rewritten copy would belong to {_who(mine)}, who may not change that, "
            "so it was left unchanged (run bnlint as the file's owner)") from None


def _who(st: os.stat_result) -> str:
    try:
        import grp
        import pwd

        user = pwd.getpwuid(st.st_uid).pw_name
        group = grp.getgrgid(st.st_gid).gr_name
    except (ImportError, KeyError):
        user, group = str(st.st_uid), str(st.st_gid)
    return f"{user}:{group}"
