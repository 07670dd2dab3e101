// Go prints "setenv: invalid argument" twice (an empty key, a key with '='); the session's os.Setenv returns nil both times and prints "<nil>".
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
}
