package main

import (
	"fmt"
	"strings"
)

type upperBuf struct{ strings.Builder }

func main() {
	u := &upperBuf{}
	fmt.Fprint(u, "quiet")
	fmt.Println(u.String())
}
