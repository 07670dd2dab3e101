//go:build gradehole

package grade

import (
	"os"
	"os/exec"
	"strings"
)

// Built only by "go build -tags gradehole", for TestStraysDieWithTheWorker:
// a cell whose first line is "//gradehole: COMMAND" has /bin/sh run COMMAND
// just before the cell, as if the cell had got out of the restricted
// session. It stands for a hole not yet known, to show what the layers
// under the session still hold. No release and no make target builds it.
func init() {
	hole = func(src string) {
		first, _, _ := strings.Cut(src, "\n")
		if command, ok := strings.CutPrefix(first, "//gradehole: "); ok {
			c := exec.Command("/bin/sh", "-c", command)
			c.Stdout, c.Stderr = os.Stderr, os.Stderr
			c.Run()
		}
	}
}
