// go run:     true
// gobackprop: CompileError: cannot use  (type valueT) as type funcT in return argument (both styles)
// Same error with a local: rules := map[string]func(string) bool{"a": re.MatchString}
package main

import (
	"fmt"
	"regexp"
)

var re = regexp.MustCompile(`^a+$`)

var f func(string) bool = re.MatchString

func main() {
	fmt.Println(f("aaa"))
}
