"""Conformance with the reference client: jupyter_kernel_test's KernelTests
against the installed gobackprop kernelspec, with every sample attribute
set that the kernel supports (code_page_something is left unset: the kernel
has no pager payloads).

Run: GOBACKPROP=$PWD/bin/gobackprop /usr/bin/python3 -m unittest -v tests/jupyter/test_conformance.py
"""

import unittest

import kernelenv

jkt = kernelenv.try_import("jupyter_kernel_test")


def setUpModule():
    if jkt is not None:
        kernelenv.install()


def tearDownModule():
    if jkt is not None:
        kernelenv.uninstall()


if jkt is None:

    class ConformanceTest(unittest.TestCase):
        def test_jupyter_kernel_test_installed(self):
            kernelenv.missing("jupyter_kernel_test", "python3-jupyter-kernel-test")

else:

    class ConformanceTest(jkt.KernelTests):
        kernel_name = kernelenv.KERNEL_NAME
        language_name = "go"
        file_extension = ".go"

        code_hello_world = 'fmt.Println("hello, world")'

        code_stderr = 'import "os"\nfmt.Fprintln(os.Stderr, "hello, stderr")'

        # Members after "pkg." complete the name after the dot, so the
        # matches are bare member names.
        completion_samples = [
            {"text": "fmt.Pri", "matches": {"Print", "Printf", "Println"}},
            {"text": "math.Sqr", "matches": {"Sqrt", "Sqrt2", "SqrtE", "SqrtPhi", "SqrtPi"}},
        ]

        complete_code_samples = [
            'fmt.Println("hi")',
            "x := 1",
            "func f() int { return 1 }",
            "for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}",
        ]
        incomplete_code_samples = [
            "func f() {",
            "x := `raw",
            "for i := 0; i < 3; i++ {",
            "fmt.Println(",
        ]
        invalid_code_samples = [
            "x := )",
            "}}",
        ]

        code_generate_error = "x := []int{1}\nx[3]"

        code_execute_result = [
            {"code": "6 * 7", "result": "42"},
            {"code": '"go" + "pher"', "result": '"gopher"'},
            {"code": "math.Sqrt(16)", "result": "4"},
        ]

        code_display_data = [
            {"code": 'display.HTML("<b>bold</b>")', "mime": "text/html"},
            {"code": 'display.Markdown("*emphasis*")', "mime": "text/markdown"},
            {
                "code": 'display.SVG(`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>`)',
                "mime": "image/svg+xml",
            },
            {"code": "display.PNG([]byte{0x89, 'P', 'N', 'G', '\\r', '\\n', 0x1a, '\\n'})", "mime": "image/png"},
            {"code": 'display.JSON(map[string]int{"a": 1})', "mime": "application/json"},
        ]

        # Matches exactly one of code_execute_result's cells (a glob, as in
        # IPython's history search).
        code_history_pattern = "math.Sqrt*"
        supported_history_operations = ("tail", "range", "search")

        code_inspect_sample = "math.Sqrt"

        code_clear_output = "display.Clear(false)"

        # code_page_something stays unset: the kernel sends no pager payloads.
        @unittest.skip("gobackprop has no pager payloads (code_page_something unset)")
        def test_pager(self):
            pass


if __name__ == "__main__":
    unittest.main()
