"""Faults of the protocol front itself, through jupyter_client against the
real binary (issue 16, items 6-8 and 11): an execute_request on the control
channel; stale and unsolicited input replies; a 50 MB line and background
output past the per-cell output limit; stop_on_error with two executes sent
back to back, 50 times. After each case `1+1` must answer within 1 s - the
only wall-clock assertion here (issue 16's liveness bound); other timeouts
only turn a hang into a failure.

Run: GOBACKPROP=$PWD/bin/gobackprop /usr/bin/python3 -m unittest -v tests/jupyter/test_kernel_faults.py
"""

import json
import re
import sys
import textwrap
import time
import unittest
import uuid
from pathlib import Path

import kernelenv
from test_protocol import (  # noqa: F401 - setUpModule/tearDownModule run here too
    execute, iopub_until_idle, result_text, setUpModule, shell_reply, start_kernel,
    stdout_text, stop_kernel, tearDownModule,
)

TIMEOUT = kernelenv.TIMEOUT
MiB = 1 << 20


def report(what):
    """A measured figure, printed for the README; never asserted on."""
    print(f"\n    measured: {what}", file=sys.stderr, flush=True)


def stderr_text(msgs):
    return "".join(m["content"]["text"] for m in msgs
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stderr")


def set_output_limit(value):
    """Write GOBACKPROP_OUTPUT_LIMIT into the installed kernelspec, as an
    admin would (None removes it); kernels started later read it."""
    spec = Path(kernelenv._State.data_dir, "kernels", kernelenv.KERNEL_NAME, "kernel.json")
    k = json.loads(spec.read_text())
    env = k.setdefault("env", {})
    if value is None:
        env.pop("GOBACKPROP_OUTPUT_LIMIT", None)
    else:
        env["GOBACKPROP_OUTPUT_LIMIT"] = value
    spec.write_text(json.dumps(k, indent=1))


class KernelFaultTest(unittest.TestCase):
    def setUp(self):
        self.km, self.kc = start_kernel()

    def tearDown(self):
        stop_kernel(self.km, self.kc)

    def assert_alive(self, what):
        """`1+1` answers within a second."""
        start = time.monotonic()
        reply, msgs = execute(self.kc, "1+1", timeout=TIMEOUT)
        took = time.monotonic() - start
        self.assertEqual(reply["content"]["status"], "ok", f"after {what}: {reply['content']}")
        self.assertEqual(result_text(msgs), "2")
        self.assertLess(took, 1.0, f"1+1 after {what}")
        return took

    def control_request(self, msg_type, content):
        msg = self.kc.session.msg(msg_type, content)
        self.kc.control_channel.send(msg)
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            m = self.kc.get_control_msg(timeout=TIMEOUT)
            if m["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                return m
        raise AssertionError(f"no control reply to {msg_type}")

    # --- item 6: control takes only control requests ----------------------

    def test_execute_on_control_leaves_the_cell_interruptible(self):
        kc = self.kc
        loop = kc.execute("loops := 0\nfor {\n\tloops++\n}", stop_on_error=False)
        first = kc.get_iopub_msg(timeout=TIMEOUT)  # the loop is running once its input is published
        while not (first["parent_header"].get("msg_id") == loop and first["msg_type"] == "execute_input"):
            first = kc.get_iopub_msg(timeout=TIMEOUT)
        reply = self.control_request("execute_request", {
            "code": "controlRan := true", "silent": False, "store_history": True,
            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        c = reply["content"]
        self.assertEqual(reply["msg_type"], "execute_reply")
        self.assertEqual(c["status"], "error", c)
        self.assertIn("control", c["evalue"])
        self.assertIn("shell", c["evalue"], "the error says where to send it")
        for t in ("complete_request", "history_request"):
            c = self.control_request(t, {"code": "fmt.", "cursor_pos": 4, "hist_access_type": "tail", "n": 1})["content"]
            self.assertEqual(c["status"], "error", f"{t} on control: {c}")
        # The running cell is still the one an interrupt stops.
        start = time.monotonic()
        self.assertEqual(self.control_request("interrupt_request", {})["content"]["status"], "ok")
        r = shell_reply(kc, loop)
        report(f"control execute refused; interrupt ended the loop in {time.monotonic() - start:.3f} s")
        self.assertEqual(r["content"]["status"], "error", "the loop was interrupted")
        iopub_until_idle(kc, loop)
        reply, _ = execute(kc, "controlRan", stop_on_error=False)
        self.assertEqual(reply["content"]["status"], "error", "the control execute must not have run")
        report(f"1+1 after the control execute: {self.assert_alive('an execute on control') * 1000:.0f} ms")

    # --- item 7: input replies matched to their request --------------------

    def test_stale_input_replies_are_dropped(self):
        kc = self.kc
        # A real stale reply: a prompt that was interrupted before the
        # user answered it.
        first = kc.execute("var a string\nfmt.Scanln(&a)", allow_stdin=True, stop_on_error=False)
        old = kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(old["msg_type"], "input_request")
        self.assertEqual(self.control_request("interrupt_request", {})["content"]["status"], "ok")
        self.assertEqual(shell_reply(kc, first)["content"]["status"], "error")
        iopub_until_idle(kc, first)
        # 40 replies nobody asked for: 20 to the interrupted prompt, 10 to
        # prompts that never were, 10 with no parent at all.
        for i in range(40):
            msg = kc.session.msg("input_reply", {"value": f"STALE{i}"})
            if i < 20:
                msg["parent_header"] = old["header"]
            elif i < 30:
                msg["parent_header"] = dict(old["header"], msg_id=str(uuid.uuid4()))
            kc.stdin_channel.send(msg)
        self.assert_alive("40 stale input replies")  # also lets them arrive first
        msg_id = kc.execute("var s string\nfmt.Scanln(&s)\ns", allow_stdin=True)
        req = kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(req["msg_type"], "input_request")
        # A reply that names its request, as JupyterLab sends it ...
        reply = kc.session.msg("input_reply", {"value": "typed"})
        reply["parent_header"] = req["header"]
        kc.stdin_channel.send(reply)
        self.assertEqual(shell_reply(kc, msg_id)["content"]["status"], "ok")
        self.assertEqual(result_text(iopub_until_idle(kc, msg_id)), '"typed"')
        # ... and one with none, as jupyter_client's input() sends it.
        msg_id = kc.execute("var t string\nfmt.Scanln(&t)\nt", allow_stdin=True)
        kc.get_stdin_msg(timeout=TIMEOUT)
        kc.input("again")
        self.assertEqual(shell_reply(kc, msg_id)["content"]["status"], "ok")
        self.assertEqual(result_text(iopub_until_idle(kc, msg_id)), '"again"')
        report(f"40 stale input replies dropped, Scanln got the typed text; 1+1 after: "
               f"{self.assert_alive('the prompts') * 1000:.0f} ms")

    # --- item 11: stop_on_error ---------------------------------------------

    def test_stop_on_error_aborts_the_queued_execute_50_times(self):
        kc = self.kc
        aborted, slowest = 0, 0.0
        for i in range(50):
            failing = kc.execute(f'panic("fails {i}")')
            queued = kc.execute(f'ran{i} := true\nfmt.Println("must not run")')
            r1, r2 = shell_reply(kc, failing), shell_reply(kc, queued)
            self.assertEqual(r1["content"]["status"], "error")
            iopub_until_idle(kc, failing)
            msgs = iopub_until_idle(kc, queued)
            if r2["content"]["status"] == "aborted":
                aborted += 1
                self.assertEqual([m["msg_type"] for m in msgs], ["status", "status"], "an aborted cell has no outputs")
            # A cell sent after the error was seen runs.
            slowest = max(slowest, self.assert_alive(f"stop_on_error run {i}"))
        report(f"stop_on_error: {aborted} of 50 queued executes aborted; slowest 1+1 after: {slowest * 1000:.0f} ms")
        self.assertEqual(aborted, 50)

    # --- item 8: output past the limit -------------------------------------

    def test_50mb_line_is_delivered_up_to_the_limit(self):
        start = time.monotonic()
        reply, msgs = execute(self.kc, 'import "strings"\nfmt.Println(strings.Repeat("x", 50<<20))', timeout=120)
        took = time.monotonic() - start
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        out = stdout_text(msgs)
        self.assertEqual(len(out), 16 * MiB, "the line up to the 16 MiB limit")
        self.assertEqual(out.count("x"), len(out))
        sizes = [len(m["content"]["text"]) for m in msgs if m["msg_type"] == "stream" and m["content"]["name"] == "stdout"]
        self.assertLessEqual(max(sizes), MiB, "delivered in chunks")
        note = stderr_text(msgs)
        dropped = 50 * MiB + 1 - 16 * MiB
        self.assertIn("16 MiB limit", note)
        self.assertIn(f"({dropped} bytes)", note, "the notice says how much was dropped")
        self.assertIn("GOBACKPROP_OUTPUT_LIMIT", note, "the notice names the setting")
        report(f"50 MB line: {len(out)} bytes in {len(sizes)} stream messages, {dropped} dropped with a notice, "
               f"{took:.2f} s; 1+1 after: {self.assert_alive('a 50 MB line') * 1000:.0f} ms")


class OutputLimitTest(unittest.TestCase):
    """The limit from the kernelspec's env, on output between cells too."""

    def setUp(self):
        set_output_limit("1MiB")
        self.addCleanup(set_output_limit, "16MiB")
        self.km, self.kc = start_kernel()

    def tearDown(self):
        stop_kernel(self.km, self.kc)

    def test_background_output_past_the_limit_gets_the_notice(self):
        kc = self.kc
        code = textwrap.dedent("""\
            import ("strings"; "time")
            written := make(chan bool)
            go func() {
            	time.Sleep(200 * time.Millisecond)
            	fmt.Print(strings.Repeat("y", 3<<20))
            	fmt.Println("end")
            	close(written)
            }()""")
        cell = kc.execute(code)
        self.assertEqual(shell_reply(kc, cell)["content"]["status"], "ok")
        got = iopub_until_idle(kc, cell)
        # The goroutine's output comes after the idle, filed under the cell.
        deadline = time.monotonic() + TIMEOUT
        while "limit" not in stderr_text(got) and time.monotonic() < deadline:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            if m["parent_header"].get("msg_id") == cell:
                got.append(m)
        self.assertEqual(len(stdout_text(got)), MiB, "background output up to the 1 MiB limit")
        self.assertIn("1 MiB limit", stderr_text(got))
        # The goroutine goes on writing while the next cells run; what it
        # writes then is filed under whichever cell is running (as ipykernel
        # does with a thread's output), so count every byte wherever it
        # landed: delivered or dropped, the 3 MiB + "end\n" are all accounted for.
        wait = kc.execute("<-written")
        self.assertEqual(shell_reply(kc, wait)["content"]["status"], "ok")
        nxt = kc.execute("1+1")
        shell_reply(kc, nxt)
        later = []
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            later.append(m)
            if m["parent_header"].get("msg_id") == nxt and m["msg_type"] == "status" \
                    and m["content"]["execution_state"] == "idle":
                break
        got += [m for m in later if m["parent_header"].get("msg_id") == cell]
        everything = got + [m for m in later if m["parent_header"].get("msg_id") != cell]
        self.assertIn("truncated", stderr_text(got), "the first cell's count comes when the next starts")
        dropped = sum(int(n) for n in re.findall(r"\((\d+) bytes\) past", stderr_text(everything)))
        self.assertEqual(len(stdout_text(everything)) + dropped, 3 * MiB + 4)
        self.assertNotIn("end", stdout_text(got))
        self.assert_alive()

    def assert_alive(self):
        start = time.monotonic()
        reply, msgs = execute(self.kc, "1+1")
        self.assertEqual(result_text(msgs), "2")
        self.assertLess(time.monotonic() - start, 1.0)


if __name__ == "__main__":
    unittest.main()
