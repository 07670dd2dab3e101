// Exercises: an unnamed struct type embedding a cell's type with a String or Error method prints with the promoted method (error)
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
