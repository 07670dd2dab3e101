package main

import (
	"fmt"
	"io"
	"strings"
)

type upperBuf struct{ strings.Builder }

func (u *upperBuf) WriteString(s string) (int, error) {
	return u.Builder.WriteString(strings.ToUpper(s))
}

func main() {
	var w io.Writer = &upperBuf{}
	io.WriteString(w, "shout ")
	fmt.Println(w.(*upperBuf).String())
}
