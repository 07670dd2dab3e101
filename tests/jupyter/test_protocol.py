"""Protocol checks beyond jupyter_kernel_test, through jupyter_client's
BlockingKernelClient (and raw pyzmq sockets where a well-behaved client
cannot go) against the real binary.

No test here bounds wall-clock time: timeouts only turn a hang into a
failure.

Run: GOBACKPROP=$PWD/bin/gobackprop /usr/bin/python3 -m unittest -v tests/jupyter/test_protocol.py
"""

import hashlib
import hmac
import json
import queue
import time
import unittest
import uuid

import kernelenv

TIMEOUT = kernelenv.TIMEOUT

jupyter_client = kernelenv.try_import("jupyter_client")
zmq = kernelenv.try_import("zmq")


def setUpModule():
    if jupyter_client is None:
        kernelenv.missing("jupyter_client", "python3-jupyter-client")
    if zmq is None:
        kernelenv.missing("pyzmq", "python3-zmq")
    kernelenv.install()


def tearDownModule():
    kernelenv.uninstall()


def start_kernel():
    """A running kernel and a ready client on it."""
    from jupyter_client.manager import KernelManager

    km = KernelManager(kernel_name=kernelenv.KERNEL_NAME)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
    except RuntimeError:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        raise
    return km, kc


def stop_kernel(km, kc):
    kc.stop_channels()
    if km.has_kernel:
        km.shutdown_kernel(now=False)
    else:
        km.cleanup_resources()


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id, skipping replies to earlier requests."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no shell reply to {msg_id} within {timeout} s")
        try:
            m = kc.get_shell_msg(timeout=left)
        except queue.Empty:
            continue
        if m["parent_header"].get("msg_id") == msg_id:
            return m


def iopub_until_idle(kc, msg_id, timeout=TIMEOUT):
    """The iopub messages whose parent is msg_id, through its status idle."""
    got = []
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            types = [m["msg_type"] for m in got]
            raise AssertionError(f"no status idle for {msg_id} within {timeout} s; got {types}")
        try:
            m = kc.get_iopub_msg(timeout=left)
        except queue.Empty:
            continue
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        got.append(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return got


def execute(kc, code, timeout=TIMEOUT, **kw):
    """Run one cell: its reply and its iopub messages (busy ... idle)."""
    msg_id = kc.execute(code, **kw)
    reply = shell_reply(kc, msg_id, timeout)
    return reply, iopub_until_idle(kc, msg_id, timeout)


def let_abort_window_pass():
    """Wait until an error's stop_on_error can no longer abort anything.

    Tests that end with a failed cell sent with stop_on_error=True call
    this last, so that the next test's cells are not aborted because of
    this one: each bug then fails one test, not the ones after it.
    test_stop_on_error_spares_requests_sent_after_the_reply checks the
    window itself."""
    time.sleep(0.5)


def outputs(msgs):
    """The messages between busy and idle other than execute_input."""
    return [m for m in msgs if m["msg_type"] not in ("status", "execute_input")]


def result_text(msgs):
    for m in msgs:
        if m["msg_type"] == "execute_result":
            return m["content"]["data"].get("text/plain")
    return None


def stdout_text(msgs):
    return "".join(
        m["content"]["text"] for m in msgs
        if m["msg_type"] == "stream" and m["content"]["name"] == "stdout"
    )


class SharedKernelTest(unittest.TestCase):
    """Checks that leave the session usable share one kernel."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_kernel()

    @classmethod
    def tearDownClass(cls):
        stop_kernel(cls.km, cls.kc)

    def assertOk(self, reply):
        c = reply["content"]
        self.assertEqual(c["status"], "ok", f"reply: {json.dumps(c)[:500]}")

    # --- status and ordering -------------------------------------------

    def test_busy_idle_wrap_every_request(self):
        kc = self.kc
        requests = {
            "kernel_info_request": lambda: kc.kernel_info(),
            "execute_request": lambda: kc.execute("1 + 1"),
            "complete_request": lambda: kc.complete("fmt.Pri"),
            "inspect_request": lambda: kc.inspect("math.Sqrt"),
            "is_complete_request": lambda: kc.is_complete("x := 1"),
            "history_request": lambda: kc.history(hist_access_type="tail", n=1),
            "comm_info_request": lambda: kc.comm_info(),
        }
        for name, send in requests.items():
            with self.subTest(request=name):
                msg_id = send()
                shell_reply(kc, msg_id)
                msgs = iopub_until_idle(kc, msg_id)
                first, last = msgs[0], msgs[-1]
                self.assertEqual(first["msg_type"], "status")
                self.assertEqual(first["content"]["execution_state"], "busy")
                self.assertEqual(last["content"]["execution_state"], "idle")
                for m in (first, last):
                    self.assertEqual(m["parent_header"]["msg_id"], msg_id)
                    self.assertEqual(m["parent_header"]["msg_type"], name)
                busy = [m for m in msgs if m["msg_type"] == "status"]
                self.assertEqual(len(busy), 2, "exactly one busy and one idle per request")

    def test_execute_input_precedes_outputs(self):
        reply, msgs = execute(self.kc, 'fmt.Println("out")\n6 * 7')
        self.assertOk(reply)
        types = [m["msg_type"] for m in msgs]
        self.assertEqual(types, ["status", "execute_input", "stream", "execute_result", "status"])
        self.assertEqual(msgs[1]["content"]["code"], 'fmt.Println("out")\n6 * 7')
        self.assertEqual(msgs[1]["content"]["execution_count"], reply["content"]["execution_count"])
        self.assertEqual(msgs[3]["content"]["execution_count"], reply["content"]["execution_count"])

    # --- execute options -----------------------------------------------

    def test_execution_count_increments_only_with_store_history(self):
        kc = self.kc
        first, _ = execute(kc, "1")
        n = first["content"]["execution_count"]
        unstored, _ = execute(kc, "2", store_history=False)
        self.assertOk(unstored)
        self.assertEqual(unstored["content"]["execution_count"], n,
                         "store_history=False must not advance the count")
        silent, _ = execute(kc, "3", silent=True)
        self.assertOk(silent)
        after, _ = execute(kc, "4")
        self.assertEqual(after["content"]["execution_count"], n + 1)

    def test_silent_has_no_outputs(self):
        reply, msgs = execute(self.kc, 'fmt.Println("quiet")\ndisplay.HTML("<i>x</i>")\n42', silent=True)
        self.assertOk(reply)
        self.assertEqual([m["msg_type"] for m in msgs], ["status", "status"],
                         "silent: only busy and idle, no execute_input and no outputs")

    def test_stop_on_error_aborts_queued_execute(self):
        kc = self.kc
        # The first cell fails after a pause, so the second is surely
        # queued behind it.
        failing = kc.execute('import "time"\ntime.Sleep(300 * time.Millisecond)\npanic("first fails")')
        queued = kc.execute('abortedRan := true\nfmt.Println("must not run")')
        r1 = shell_reply(kc, failing)
        r2 = shell_reply(kc, queued)
        self.assertEqual(r1["content"]["status"], "error")
        self.assertEqual(r2["content"]["status"], "aborted")
        msgs = iopub_until_idle(kc, queued)
        self.assertEqual(outputs(msgs), [], "an aborted cell has no outputs")
        # The aborted cell left nothing behind (asked with inspect, which
        # an abort never touches).
        c = shell_reply(kc, kc.inspect("abortedRan"))["content"]
        self.assertFalse(c["found"], "the aborted cell ran: abortedRan is defined")
        let_abort_window_pass()

    def test_stop_on_error_spares_requests_sent_after_the_reply(self):
        # Only what was queued when the error happened is aborted (as in
        # ipykernel, whose stop_on_error_timeout is 0): a cell the client
        # sends after it has seen the error reply and the idle status runs.
        kc = self.kc
        self.addCleanup(let_abort_window_pass)
        reply, _ = execute(kc, 'panic("fails")')
        self.assertEqual(reply["content"]["status"], "error")
        reply, msgs = execute(kc, "2 + 2")
        self.assertOk(reply)
        self.assertEqual(result_text(msgs), "4")

    def test_stop_on_error_false_runs_queued_execute(self):
        kc = self.kc
        failing = kc.execute('panic("fails but does not stop")', stop_on_error=False)
        queued = kc.execute("10 + 1")
        self.assertEqual(shell_reply(kc, failing)["content"]["status"], "error")
        r2 = shell_reply(kc, queued)
        self.assertOk(r2)
        self.assertEqual(result_text(iopub_until_idle(kc, queued)), "11")

    def test_user_expressions(self):
        reply, _ = execute(self.kc, "ueBase := 21",
                           user_expressions={"double": "ueBase * 2", "bad": "ueUndefined + 1"})
        self.assertOk(reply)
        ue = reply["content"]["user_expressions"]
        self.assertEqual(ue["double"]["status"], "ok")
        self.assertEqual(ue["double"]["data"]["text/plain"], "42")
        self.assertEqual(ue["bad"]["status"], "error")
        self.assertIn("ueUndefined", ue["bad"]["evalue"])

    def test_error_output(self):
        reply, msgs = execute(self.kc, "x := []int{1}\nx[3]", stop_on_error=False)
        c = reply["content"]
        self.assertEqual(c["status"], "error")
        self.assertEqual(c["ename"], "runtime.Error")
        errors = outputs(msgs)
        self.assertEqual([m["msg_type"] for m in errors], ["error"], "exactly one output: the error")
        self.assertIsInstance(errors[0]["content"]["traceback"], list)
        self.assertEqual(errors[0]["content"]["ename"], "runtime.Error")

    def test_syntax_error_is_answered(self):
        # A cell that does not parse is the user's mistake: one error
        # output and an error reply, and the session goes on.
        for code in ("x := )", "}}"):
            with self.subTest(code=code):
                reply, msgs = execute(self.kc, code, stop_on_error=False)
                self.assertEqual(reply["content"]["status"], "error")
                self.assertEqual([m["msg_type"] for m in outputs(msgs)], ["error"])
        reply, msgs = execute(self.kc, "3 * 3")
        self.assertEqual(result_text(msgs), "9")

    # --- streams -----------------------------------------------------------

    def test_stream_arrives_while_cell_runs(self):
        code = ('import "time"\n'
                'for i := 0; i < 3; i++ {\n'
                '\tfmt.Println("tick", i)\n'
                '\ttime.Sleep(300 * time.Millisecond)\n'
                '}')
        reply, msgs = execute(self.kc, code)
        self.assertOk(reply)
        streams = [m for m in msgs if m["msg_type"] == "stream"]
        self.assertGreaterEqual(len(streams), 2,
                                "lines printed 300 ms apart must not arrive as one batch at the end")
        self.assertEqual(stdout_text(msgs), "tick 0\ntick 1\ntick 2\n")

    def test_100000_lines_arrive_whole(self):
        reply, msgs = execute(self.kc, "for i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}", timeout=120)
        self.assertOk(reply)
        lines = stdout_text(msgs).split("\n")
        self.assertEqual(lines[-1], "", "output ends with a newline")
        lines = lines[:-1]
        self.assertEqual(len(lines), 100000)
        self.assertEqual(lines[-1], "99999")
        self.assertEqual(lines, [str(i) for i in range(100000)], "every line, in order")

    def test_stdout_and_stderr_keep_order(self):
        code = ('import "os"\n'
                'fmt.Println("a")\n'
                'fmt.Fprintln(os.Stderr, "b")\n'
                'fmt.Println("c")')
        reply, msgs = execute(self.kc, code)
        self.assertOk(reply)
        got = [(m["content"]["name"], m["content"]["text"]) for m in msgs if m["msg_type"] == "stream"]
        self.assertEqual(got, [("stdout", "a\n"), ("stderr", "b\n"), ("stdout", "c\n")])

    # --- interrupt -----------------------------------------------------------

    def test_interrupt_stops_endless_loop_and_keeps_state(self):
        kc = self.kc
        reply, _ = execute(kc, "survivor := 5")
        self.assertOk(reply)
        msg_id = kc.execute("for {\n}", stop_on_error=False)
        # Interrupt only once the cell is running.
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            m = kc.get_iopub_msg(timeout=TIMEOUT)
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "execute_input":
                break
        time.sleep(0.3)
        self.km.interrupt_kernel()  # interrupt_mode "message": interrupt_request on control
        reply = shell_reply(kc, msg_id, timeout=10)
        self.assertEqual(reply["content"]["status"], "error")
        msgs = iopub_until_idle(kc, msg_id)
        self.assertEqual([m["msg_type"] for m in outputs(msgs)], ["error"])
        reply, msgs = execute(kc, "survivor")
        self.assertOk(reply)
        self.assertEqual(result_text(msgs), "5")

    # --- stdin -----------------------------------------------------------

    def test_input_request_with_allow_stdin(self):
        kc = self.kc
        msg_id = kc.execute("var s string; fmt.Scanln(&s); s", allow_stdin=True)
        req = kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(req["msg_type"], "input_request")
        self.assertEqual(req["parent_header"]["msg_id"], msg_id)
        self.assertFalse(req["content"]["password"])
        kc.input("gopher")
        reply = shell_reply(kc, msg_id)
        self.assertOk(reply)
        self.assertEqual(result_text(iopub_until_idle(kc, msg_id)), '"gopher"')

    def test_no_input_without_allow_stdin(self):
        kc = self.kc
        reply, msgs = execute(kc, "var s2 string\n_, err := fmt.Scanln(&s2)\nerr", allow_stdin=False)
        with self.assertRaises(queue.Empty, msg="no input_request when allow_stdin is false"):
            kc.get_stdin_msg(timeout=0.5)
        # Either the cell fails or Scanln returns the error: both must say why.
        text = json.dumps([reply["content"]] + [m["content"] for m in outputs(msgs)])
        self.assertIn("allow_stdin", text)

    # --- editor requests ---------------------------------------------------

    def test_complete_counts_code_points(self):
        code = 's := "ünïcödé ✓ héllo"; fmt.Spr'
        prefix = 's := "ünïcödé ✓ héllo"; fmt.'
        msg_id = self.kc.complete(code, cursor_pos=len(code))
        c = shell_reply(self.kc, msg_id)["content"]
        self.assertOk({"content": c})
        self.assertEqual(set(c["matches"]), {"Sprint", "Sprintf", "Sprintln"})
        self.assertEqual(c["cursor_start"], len(prefix), "cursor_start in code points")
        self.assertEqual(c["cursor_end"], len(code), "cursor_end in code points")

    def test_complete_cursor_in_the_middle(self):
        code = 'é := "ü"; math.Sq\nfmt.Println(é)'
        cursor = len('é := "ü"; math.Sq')
        msg_id = self.kc.complete(code, cursor_pos=cursor)
        c = shell_reply(self.kc, msg_id)["content"]
        self.assertIn("Sqrt", c["matches"])
        self.assertEqual(c["cursor_end"], cursor)
        self.assertEqual(c["cursor_start"], cursor - 2)

    def test_inspect_math_sqrt(self):
        msg_id = self.kc.inspect("math.Sqrt", cursor_pos=len("math.Sqrt"))
        c = shell_reply(self.kc, msg_id)["content"]
        self.assertEqual(c["status"], "ok")
        self.assertTrue(c["found"])
        self.assertIn("Sqrt", c["data"]["text/plain"])
        msg_id = self.kc.inspect("noSuchNameAnywhere")
        c = shell_reply(self.kc, msg_id)["content"]
        self.assertEqual(c["status"], "ok")
        self.assertFalse(c["found"])

    def test_inspect_methods(self):
        # Shift-Tab on a method reached through a value, a package's type
        # or a type a cell declared: the declaration and its documentation,
        # from the binary's own table or the cell's comments.
        reply, _ = execute(self.kc, 'import "strings"\n'
                           '// Celsius is a temperature.\ntype Celsius float64\n'
                           '// Kelvin converts c to kelvins.\nfunc (c Celsius) Kelvin() float64 { return float64(c) + 273.15 }\n'
                           'inspectTemp := Celsius(20)\ninspectVal := autodiff.Var("v", 1)\nvar inspectSB strings.Builder')
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        cases = [
            ("inspectVal.Backward", ["func (v *autodiff.Value) Backward()", "Backward computes the gradient of v"]),
            ("strings.Builder.WriteString", ["func (b *strings.Builder) WriteString(s string) (int, error)",
                                             "WriteString appends the contents of s"]),
            ("inspectSB.WriteString", ["func (b *strings.Builder) WriteString(s string) (int, error)"]),
            ("inspectTemp.Kelvin", ["func (c Celsius) Kelvin() float64", "Kelvin converts c to kelvins."]),
        ]
        for code, wants in cases:
            with self.subTest(code=code):
                # The cursor inside the method's name, as a click puts it.
                c = shell_reply(self.kc, self.kc.inspect(code, cursor_pos=len(code) - 2))["content"]
                self.assertEqual(c["status"], "ok", c)
                self.assertTrue(c["found"], c)
                for want in wants:
                    self.assertIn(want, c["data"]["text/plain"])
        c = shell_reply(self.kc, self.kc.inspect("inspectVal.NoSuchMethod"))["content"]
        self.assertEqual((c["status"], c["found"]), ("ok", False))

    def test_is_complete(self):
        cases = [
            ("x := 1", "complete"),
            ('fmt.Println("hi")', "complete"),
            ("func f() {", "incomplete"),
            ("x := `raw", "incomplete"),
            ("x := )", "invalid"),
            ("}}", "invalid"),
        ]
        for code, want in cases:
            with self.subTest(code=code):
                msg_id = self.kc.is_complete(code)
                c = shell_reply(self.kc, msg_id)["content"]
                self.assertEqual(c["status"], want)
                if want == "incomplete":
                    self.assertIsInstance(c["indent"], str)

    # --- history, comms, kernel_info --------------------------------------

    def test_history(self):
        kc = self.kc
        cells = ["histAlpha := 1", "histBeta := 2", "histAlpha + histBeta"]
        for code in cells:
            reply, _ = execute(kc, code)
            self.assertOk(reply)
        last = reply["content"]["execution_count"]

        c = shell_reply(kc, kc.history(hist_access_type="tail", n=3, output=False, raw=True))["content"]
        self.assertEqual(c["status"], "ok")
        self.assertEqual([h[2] for h in c["history"]], cells)
        self.assertEqual([h[1] for h in c["history"]], [last - 2, last - 1, last])
        session = c["history"][0][0]

        c = shell_reply(kc, kc.history(hist_access_type="tail", n=1, output=True, raw=True))["content"]
        self.assertEqual(c["history"][0][2], ["histAlpha + histBeta", "3"])

        c = shell_reply(kc, kc.history(hist_access_type="range", session=session,
                                       start=last - 1, stop=last + 1, output=False, raw=True))["content"]
        self.assertEqual([h[2] for h in c["history"]], cells[1:])

        c = shell_reply(kc, kc.history(hist_access_type="search", pattern="histAl*",
                                       output=False, raw=True))["content"]
        self.assertEqual([h[2] for h in c["history"]], ["histAlpha := 1", "histAlpha + histBeta"])

        c = shell_reply(kc, kc.history(hist_access_type="search", pattern="hist*",
                                       n=1, output=False, raw=True))["content"]
        self.assertEqual([h[2] for h in c["history"]], ["histAlpha + histBeta"], "n keeps the newest")

    def test_comm_info_is_empty(self):
        c = shell_reply(self.kc, self.kc.comm_info())["content"]
        self.assertEqual(c["status"], "ok")
        self.assertEqual(c["comms"], {})

    def test_kernel_info(self):
        c = shell_reply(self.kc, self.kc.kernel_info())["content"]
        self.assertEqual(c["status"], "ok")
        self.assertEqual(c["protocol_version"], "5.3")
        self.assertEqual(c["implementation"], "gobackprop")
        self.assertTrue(c["implementation_version"])
        self.assertTrue(c["banner"])
        li = c["language_info"]
        self.assertEqual(li["name"], "go")
        self.assertTrue(li["version"])
        self.assertEqual(li["mimetype"], "text/x-go")
        self.assertEqual(li["file_extension"], ".go")
        self.assertEqual(li["pygments_lexer"], "go")
        self.assertEqual(li["codemirror_mode"], "go")
        self.assertGreater(len(c["help_links"]), 0)
        for link in c["help_links"]:
            self.assertTrue(link["text"])
            self.assertTrue(link["url"].startswith("https://"), link)


class RawSocketTest(unittest.TestCase):
    """What a misbehaving peer sends, over pyzmq sockets of our own."""

    @classmethod
    def setUpClass(cls):
        from jupyter_client.session import Session

        cls.km, cls.kc = start_kernel()
        info = cls.km.get_connection_info()
        cls.info = info
        key = info["key"]
        cls.key = key if isinstance(key, bytes) else key.encode()
        cls.session = Session(key=cls.key, signature_scheme=info["signature_scheme"])
        cls.ctx = zmq.Context()

    @classmethod
    def tearDownClass(cls):
        cls.ctx.destroy(linger=0)
        stop_kernel(cls.km, cls.kc)

    def socket(self, kind, channel):
        s = self.ctx.socket(kind)
        s.linger = 0
        s.connect(f"{self.info['transport']}://{self.info['ip']}:{self.info[channel + '_port']}")
        self.addCleanup(s.close)
        return s

    def frames(self, msg_type, content, signature=None):
        """The wire frames of a new message, signed right unless signature
        is given."""
        msg = self.session.msg(msg_type, content=content)
        frames = self.session.serialize(msg)  # [<IDS|MSG>, sig, header, parent, metadata, content]
        if signature is not None:
            frames[1] = signature
        return msg["header"]["msg_id"], frames

    def assertAnswers(self, sock):
        """A valid kernel_info_request on sock gets its reply."""
        msg_id, frames = self.frames("kernel_info_request", {})
        sock.send_multipart(frames)
        self.assertTrue(sock.poll(TIMEOUT * 1000), "no kernel_info_reply to a valid request")
        _, parts = self.session.feed_identities(sock.recv_multipart())
        reply = self.session.deserialize(parts)
        self.assertEqual(reply["msg_type"], "kernel_info_reply")
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)

    def test_bad_signature_is_ignored(self):
        shell = self.socket(zmq.DEALER, "shell")
        wrong_key = hmac.new(b"not the key", digestmod=hashlib.sha256)
        cases = {
            "wrong hex": b"0" * 64,
            "missing": b"",
            "not hex": b"zz-not-a-signature",
            "other key": None,  # filled below
        }
        for name in cases:
            with self.subTest(signature=name):
                marker = "badSig" + uuid.uuid4().hex[:8]
                msg_id, frames = self.frames("execute_request", {
                    "code": f"{marker} := 1\nfmt.Println(\"{marker}\")",
                    "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True,
                })
                if name == "other key":
                    h = wrong_key.copy()
                    for part in frames[2:6]:
                        h.update(part)
                    frames[1] = h.hexdigest().encode()
                else:
                    frames[1] = cases[name]
                shell.send_multipart(frames)
                self.assertEqual(shell.poll(1500), 0, "a reply came to a message with a bad signature")
                # It was not executed either: the name it would define is unknown.
                reply, _ = execute(self.kc, marker, stop_on_error=False)
                self.assertEqual(reply["content"]["status"], "error")
                self.assertIn(marker, reply["content"]["evalue"])
                self.assertAnswers(shell)

    def test_malformed_content_gets_an_error_reply(self):
        """A request whose content has the wrong types is answered with an
        error naming the problem, not served as if it were empty."""
        shell = self.socket(zmq.DEALER, "shell")
        cases = {
            "complete_request": ("complete_reply", {"code": 5, "cursor_pos": "end"}),
            "inspect_request": ("inspect_reply", {"code": ["x"], "cursor_pos": 0}),
            "is_complete_request": ("is_complete_reply", {"code": {"a": 1}}),
            "history_request": ("history_reply", {"hist_access_type": 3}),
            "execute_request": ("execute_reply", {"code": 1}),
        }
        for msg_type, (reply_type, content) in cases.items():
            with self.subTest(msg_type=msg_type):
                msg_id, frames = self.frames(msg_type, content)
                shell.send_multipart(frames)
                reply = None
                while shell.poll(TIMEOUT * 1000):
                    _, parts = self.session.feed_identities(shell.recv_multipart())
                    m = self.session.deserialize(parts)
                    if m["parent_header"].get("msg_id") == msg_id:
                        reply = m
                        break
                self.assertIsNotNone(reply, f"no reply to a malformed {msg_type}")
                self.assertEqual(reply["msg_type"], reply_type)
                self.assertEqual(reply["content"]["status"], "error")
                self.assertEqual(reply["content"]["ename"], "BadRequest")
                self.assertIn(msg_type + " content", reply["content"]["evalue"])
        self.assertAnswers(shell)

    def test_malformed_frames_do_not_crash(self):
        shell = self.socket(zmq.DEALER, "shell")
        _, good = self.frames("kernel_info_request", {})
        sign = lambda parts: hmac.new(self.key, b"".join(parts), hashlib.sha256).hexdigest().encode()
        not_json = [b"not json", b"{}", b"{}", b"{}"]
        array_header = [b"[]", b"{}", b"{}", b"{}"]
        no_type = [b'{"msg_id": "x"}', b"{}", b"{}", b"{}"]
        garbage = [
            [b"garbage"],
            [b""],
            [b"<IDS|MSG>"],
            [b"<IDS|MSG>", good[1]],
            good[:4],  # too few frames after the delimiter
            [b"<IDS|MSG>", sign(not_json)] + not_json,
            [b"<IDS|MSG>", sign(array_header)] + array_header,
            [b"<IDS|MSG>", sign(no_type)] + no_type,
            [b"\xff\xfe\x00" * 1000, b"<IDS|MSG>", b"\x00", b"\xff", b"{", b"}", b"["],
        ]
        for frames in garbage:
            shell.send_multipart(frames)
        self.assertEqual(shell.poll(1000), 0, "malformed messages must not be answered")
        self.assertTrue(self.km.is_alive(), "the kernel died on malformed frames")
        self.assertAnswers(shell)

        control = self.socket(zmq.DEALER, "control")
        for frames in garbage:
            control.send_multipart(frames)
        self.assertAnswers(control)

        # The heartbeat is a REP socket: a frame set without the empty
        # delimiter must not stop it echoing.
        hb_raw = self.socket(zmq.DEALER, "hb")
        hb_raw.send_multipart([b"garbage", b"more"])
        hb = self.socket(zmq.REQ, "hb")
        hb.send(b"ping")
        self.assertTrue(hb.poll(TIMEOUT * 1000), "heartbeat stopped echoing")
        self.assertEqual(hb.recv(), b"ping")

        self.assertTrue(self.km.is_alive())
        reply, msgs = execute(self.kc, "40 + 2")
        self.assertEqual(result_text(msgs), "42")


class LifecycleTest(unittest.TestCase):
    """Shutdown and restart, each on a kernel of its own."""

    def test_shutdown_exits_cleanly(self):
        km, kc = start_kernel()
        try:
            proc = km.provisioner.process
            reply, _ = execute(kc, "x := 1")
            msg_id = kc.shutdown(restart=False)  # on the control channel
            deadline = time.monotonic() + TIMEOUT
            while True:
                m = kc.get_control_msg(timeout=max(deadline - time.monotonic(), 0.1))
                if m["parent_header"].get("msg_id") == msg_id:
                    break
            self.assertEqual(m["msg_type"], "shutdown_reply")
            self.assertEqual(m["content"]["status"], "ok")
            self.assertFalse(m["content"]["restart"])
            # The kernel exits by itself; nothing here signals it.
            rc = proc.wait(timeout=TIMEOUT)
            self.assertEqual(rc, 0, "the kernel must exit with status 0 after shutdown_request")
            self.assertFalse(km.is_alive())
        finally:
            stop_kernel(km, kc)

    def test_restart_gives_fresh_session(self):
        km, kc = start_kernel()
        try:
            reply, msgs = execute(kc, "beforeRestart := 99\nbeforeRestart")
            self.assertEqual(result_text(msgs), "99")
            old = km.provisioner.process
            km.restart_kernel(now=False)
            self.assertEqual(old.returncode, 0, "the old kernel must exit by itself on shutdown_request(restart=true)")
            self.assertNotEqual(km.provisioner.process.pid, old.pid)
            kc.wait_for_ready(timeout=TIMEOUT)
            reply, msgs = execute(kc, "beforeRestart", stop_on_error=False)
            self.assertEqual(reply["content"]["status"], "error")
            self.assertIn("beforeRestart", reply["content"]["evalue"])
            self.assertEqual(reply["content"]["execution_count"], 1, "a fresh session counts from 1")
            reply, msgs = execute(kc, "1 + 1")
            self.assertEqual(result_text(msgs), "2")
        finally:
            stop_kernel(km, kc)


if __name__ == "__main__":
    unittest.main()
