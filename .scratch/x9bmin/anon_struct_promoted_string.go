// SILENT: Go prints "#go"; the session prints "{#go 3}" - an anonymous struct type embedding a Stringer gets String promoted in Go, and fmt must use it; the session prints the fields.
package main

import "fmt"

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	v := struct {
		Tag
		Count int
	}{"go", 3}
	fmt.Println(v)
}
