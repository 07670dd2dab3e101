// Compile error: err redeclared with := in an inner scope and never checked there.
// Expected: declared and not used: err
package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12")
	if err != nil {
		fmt.Println(err)
	}
	if n > 10 {
		m, err := strconv.Atoi("34")
		fmt.Println(m)
	}
}
