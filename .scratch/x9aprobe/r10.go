// Exercises: embedded struct Stringer promoted through outer struct printed by fmt
package main

import "fmt"

type Meta struct{ ID int }

func (m Meta) String() string { return fmt.Sprintf("#%d", m.ID) }

type Doc struct {
	Meta
	Title string
}

type Page struct {
	Doc  Doc
	Num  int
	Tags []Meta
}

func main() {
	d := Doc{Meta{7}, "Go"}
	fmt.Println(d, d.Title)
	fmt.Printf("%v %+v %s\n", d, d, d)
	fmt.Println(Page{d, 2, []Meta{{1}, {2}}})
}
