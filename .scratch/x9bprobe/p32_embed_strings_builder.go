package main

import (
	"fmt"
	"strings"
)

type Doc struct {
	strings.Builder
	lines int
}

func (d *Doc) Line(s string) {
	d.WriteString(s)
	d.WriteByte('\n')
	d.lines++
}

func main() {
	var d Doc
	d.Line("title")
	d.Line("body")
	fmt.Fprintf(&d, "%d lines\n", d.lines)
	fmt.Print(d.String())
	fmt.Println(d.Len())
}
