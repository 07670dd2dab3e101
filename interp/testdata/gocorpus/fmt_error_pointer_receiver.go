// Exercises: Error on pointer receiver: pointer printed via Error, value printed as struct.
package main

import "fmt"

type ParseErr struct {
	Line int
	Msg  string
}

func (p *ParseErr) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

func parse() error {
	return &ParseErr{3, "unexpected token"}
}

func main() {
	err := parse()
	fmt.Println(err)
	fmt.Printf("%v\n", err)
	pe := *err.(*ParseErr)
	fmt.Println(pe)
	fmt.Printf("%+v\n", pe)
	fmt.Printf("%T %T\n", err, pe)
}
