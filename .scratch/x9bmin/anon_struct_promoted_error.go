// SILENT: Go prints "E4 E4" and "[E4] E4"; the session prints "{E4 n} E4" and "[{{4} n}] E4" - Error promoted into an anonymous struct is used for the error interface but ignored by fmt when it prints the value.
package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

func main() {
	v := struct {
		E
		Note string
	}{E{4}, "n"}
	var err error = v
	fmt.Println(v, err)
	fmt.Printf("%v %s\n", []any{v}, err.Error())
}
