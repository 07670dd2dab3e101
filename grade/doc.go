// Package grade releases assignments and grades submissions: the
// autograder behind "gobackprop assign" and "gobackprop grade". It needs
// neither Python nor Jupyter, so a course can grade in any CI job with the
// gobackprop binary alone; the notebooks still work with nbgrader.
//
// # Source notebooks
//
// An instructor writes one source notebook per assignment. Cells carry
// nbgrader's cell metadata (schema version 3) under the "nbgrader" key,
// read by MetaOf:
//
//	solution cell  {"grade": false, "grade_id": "svm-loss", "locked": false, "solution": true, ...}
//	check cell     {"grade": true, "grade_id": "svm-loss-check", "locked": true, "points": 3, "solution": false, ...}
//	read-only cell {"grade": false, "grade_id": "setup", "locked": true, "solution": false, ...}
//	written answer {"grade": true, "grade_id": "kink-answer", "points": 1, "solution": true, ...} (a Markdown cell)
//
// Inside a cell, the reference solution sits between the lines
// "// BEGIN SOLUTION" and "// END SOLUTION", and tests students must not
// see between "// BEGIN HIDDEN TESTS" and "// END HIDDEN TESTS" -
// nbgrader's markers, written as Go comments. Every cell needs an id
// (nbformat 4.5), and graded and solution cells a grade_id no other cell
// has: grading matches cells by them.
//
// # Releasing: Assign
//
// Assign makes the student version. Each solution region becomes
//
//	// YOUR CODE HERE
//	panic("not implemented: svmLoss")
//
// inside the enclosing function, found by parsing the cell with go/parser.
// A stub must compile, or the student's first run would be a compile
// error. panic is a terminating statement, so it compiles whatever the
// function returns; a return of zero values would have to name every
// result type (a type declared in another cell cannot always be named from
// here) and could pass a check by accident (a zero loss, an empty
// gradient). Hidden-test regions are removed, outputs cleared; cell ids and
// all metadata are kept.
//
// # Grading: Merge, Grade
//
// Merge builds the notebook that is graded from the source, never trusting
// the submission with anything but the student's code: solution cells
// (matched by cell id, then by grade_id) come from the submission, every
// other cell - setup, checks with their hidden tests, points - from the
// source. Code cells the student added run where the student put them. A
// submission that deletes or edits a locked cell, renames a grade_id or
// changes points is not believed: the source's cell runs, and the change is
// reported as a Finding. So is student code that redeclares or assigns a
// name of the notebook's own cells - every cell that is not a solution
// cell, with nbgrader metadata or without (the helpers and demo data a
// notebook sets up before an exercise): the checks after it that depend on
// the name, directly or through the notebook's code that uses it, do not
// count (owned.go). Hidden tests run after the student's code, in the
// check cell, but may call such a name as well.
//
// Grade runs the merged notebook in a child process and scores each graded
// cell: its points when it ran without error (no compile error, no panic,
// no panic in a goroutine it started, within its time) and the student's
// code keeps the rules the cell states ("//gobackprop:rule f loops",
// "loops-at-most N", "avoids NAME...": see rules.go, checked on the syntax
// of the student's cells, outside the child), nothing otherwise.
// A student cell that failed before a check is named in the check's
// message, since "undefined: svmLoss" hides the cause. A written answer
// (nbgrader's "manually graded answer": a Markdown solution cell with
// points) cannot be judged by a program: it becomes a test with status
// Manual that carries the student's text and earns nothing yet; Score and
// Max leave it out and Result.ManualMax says what is pending. Feedback
// returns the submission with each graded cell's result under it, the
// notebook "gobackprop grade --feedback" hands back to each student. GradeAll grades
// many submissions, several at a time, each in its own process.
//
// # The worker process
//
// The child is the same binary (Options.Worker), started with WorkerEnv
// set and a minimal environment. The merged notebook arrives on standard
// input; each cell's start and end go back on standard output as they
// happen, so when the child dies - a stack overflow, a fatal "concurrent
// map writes", out of memory - the cells before keep their points, the
// cell that was running is reported with the runtime's last words, and
// the rest are not run.
//
// # Isolation
//
// A submission is untrusted code, and the verdict is computed outside it,
// from what it cannot forge. Each worker is confined by the kernel in
// layers, each named in Result.Isolation when applied (see Layers):
//
//   - userns, pidns, netns, ipcns: the worker is started in new user,
//     PID, network and IPC namespaces (proc_linux.go). It is PID 1 of its
//     own PID namespace: it sees and signals no process of the grader's,
//     and when it ends the kernel kills everything it started. It has no
//     network. The grader's user is root inside, of nothing but these
//     namespaces, which is what lets an unprivileged grader (a course's
//     CI runner) make them.
//   - mountns: in its own mount namespace the worker builds a root of its
//     own (enterRoot, mountns_linux.go) and pivots into it: a read-only
//     tmpfs with the sandbox /work (a tmpfs of at most Options.Disk, the
//     bound on everything a submission writes), the data sets bound
//     read-only, its own /proc with its own processes only (subset=pid:
//     none of the kernel's files). The source notebook, the other
//     submissions, the grader's binary, the CI job's files and the
//     grader's /proc (its environment, its command line) are in no path.
//   - landlock: the file system is restricted to the sandbox and the data
//     sets for every thread, no TCP, no signals out; on a machine without
//     a mount namespace this is what keeps compiled packages that open
//     paths themselves (text/template.ParseFiles, filepath.Glob, elf.Open,
//     a plot's Save) inside.
//   - seccomp: an allow-list of the machine's own system calls without
//     those a cell never needs: running programs, signals to other
//     processes, tracing, sockets, mounts and namespaces, io_uring, BPF.
//     A foreign ABI (i386 or x32 on amd64) is refused whole.
//   - rlimits: 256 MiB a file, 512 processes (threads count), 256 open
//     files, no core dumps; the address space is capped by package
//     memlimit (limit rlimit-as).
//
// The grader finds at start-up which layers the machine allows: a worker
// that cannot be started in namespaces is started without (and later
// ones too), a layer the kernel refuses is left out of the list and said
// in the worker's log. Options.RequireIsolation (gobackprop grade
// --require-isolation, on by default when CI=true) refuses to grade
// instead. Outside Linux there are no layers (OSIsolation is false): the
// grader refuses unless told to grade unconfined (--require-isolation=false),
// and then says so.
//
// No process a worker started outlives it. In a PID namespace the kernel
// kills them all when the worker, its first process, ends. Without one,
// the worker starts under a supervisor (supervise_linux.go): the same
// program, a child subreaper, so that every orphaned descendant - one
// that left the process group with setsid and whose parent exited -
// becomes its child; when the worker ends, or the grader asks it to stop
// (SIGTERM, at a time limit), it kills the worker and then every child it
// has until none is left. The grader kills the worker's process group
// otherwise, kills the supervisor if it has not exited waitDelay after
// being asked, and waits at most waitDelay for the worker's pipes, so no
// descendant can hold the grader.
//
// $GOBACKPROP_ISOLATION (IsolationEnv) switches layers off, all ("off")
// or some ("namespaces,seccomp"), to measure what they cost or to see
// what each one holds; the report then names only those applied.
//
// # Results a cell cannot forge
//
// Every result line is signed with an HMAC keyed by a secret that
// travels on the worker's standard input and stays in its memory. Cells
// can write to descriptors the worker holds, so the signature is what
// makes a fake "passed" count for nothing (see Forged). The key is safe
// because nothing a cell runs can read the worker's memory or its
// descriptors:
//
//   - the restricted session (package interp) cannot import unsafe or
//     syscall, has no os.NewFile, reflect.NewAt or reflect.SliceAt, and
//     refuses before the cell runs any value of type unsafe.Pointer and
//     reflect.Value's UnsafePointer, UnsafeAddr and SetPointer: no cell
//     reaches memory by address, so no cell writes a compiled package's
//     unexported fields either;
//   - /proc/self/mem and /proc/self/fd: Landlock denies every file of
//     /proc (directories of the worker's own process stay listable: the
//     names of its threads and descriptors, which Landlock's thread
//     broadcast reads); without Landlock the worker's own /proc is
//     unmounted, and PR_SET_DUMPABLE 0 keeps other processes of the same
//     user out;
//   - process_vm_readv and ptrace are refused by seccomp.
//
// A grader on a machine with none of these layers is as safe as the
// restricted session alone; Result.Isolation says so.
//
// # Limits
//
// What the child enforces besides, listed by name in Result.Limits:
//
//   - sandbox: the restricted session cannot import os/exec, syscall,
//     unsafe, net, plugin, io/ioutil, os/signal or runtime/debug, and the os
//     package's file functions work only under the sandbox directory.
//   - cell-timeout, total-timeout: a cell is interrupted at its limit (an
//     infinite loop, a sleep in compiled code); a child that does not
//     report within the limit plus ten seconds, or runs past the total
//     limit, is killed with its process group.
//   - memory-watchdog, rlimit-as: the Go heap is bounded by Options.Memory
//     (debug.SetMemoryLimit, and a watchdog that stops the child past it);
//     on Linux the address space is capped at the child's size before the
//     first cell plus twice the limit, so one huge allocation fails at once.
//   - max-output: a cell that prints more than Options.MaxOutput is stopped
//     with a panic; only the first few KiB are kept for the report. Rich
//     outputs (plots, live updates) are not counted.
//
// Not enforced: CPU usage beyond the time limits.
//
// # Reports
//
// WriteTable writes a terminal table, WriteJSON the results (per test: id,
// points, max, status, message, a written answer's text; totals),
// WriteJUnit one testsuite per submission and one testcase per graded cell
// for CI test reporters (a written answer is a skipped testcase), and
// WriteMarkdown a job summary with messages in full and the written
// answers to grade by hand, and WriteCSV a gradebook for an LMS: one row
// per student (named by Students), one column per graded cell, the total.
// Grading is deterministic - seeds are fixed by the source notebook, and
// the JSON report has no times - so the same submission gets the same
// bytes.
//
// # A class over several machines
//
// A Shard (--shard i/n) is a stable share of the submissions, by a hash of
// each one's path, so the runners of a CI job matrix split a class without
// talking to each other; Join joins their JSON reports, sorted by
// submission, into what a single run would have reported, and every writer
// above writes the joined results.
//
// # nbgrader
//
// The notebooks are nbgrader notebooks: nbgrader's toolbar, generate
// assignment and autograde read the same metadata and markers. An nbgrader
// course gives Go a code stub in its nbgrader_config.py (the delimiters
// are nbgrader's defaults; its markers match anywhere in a line, so the
// "// " before them does no harm):
//
//	c = get_config()
//	c.ClearSolutions.code_stub = {"go": "// YOUR CODE HERE\npanic(\"not implemented\")"}
//	c.ClearSolutions.begin_solution_delimeter = "BEGIN SOLUTION"
//	c.ClearSolutions.end_solution_delimeter = "END SOLUTION"
//	c.ClearHiddenTests.begin_test_delimeter = "BEGIN HIDDEN TESTS"
//	c.ClearHiddenTests.end_test_delimeter = "END HIDDEN TESTS"
//
// nbgrader picks the stub by the notebook's kernelspec language ("go"),
// and its autograder runs the notebook through Jupyter, so the kernel must
// be installed where it runs ("gobackprop install").
package grade
