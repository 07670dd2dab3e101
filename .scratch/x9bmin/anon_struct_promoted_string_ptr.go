// SILENT: Go prints "#p #l [#s]"; the session prints "&{#p 1} #l [#s]" - a pointer to an anonymous struct embedding a Stringer; a struct type declared (named) inside main is right.
package main

import "fmt"

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	type local struct {
		Tag
		N int
	}
	p := &struct {
		Tag
		N int
	}{"p", 1}
	fmt.Println(p, local{"l", 2}, []local{{"s", 3}})
}
