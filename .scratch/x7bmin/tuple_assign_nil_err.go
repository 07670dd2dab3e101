package main

import (
	"errors"
	"fmt"
)

func main() {
	var p *int
	var err error
	p, err = nil, errors.New("boom") // the "result, err = nil, ..." of error paths
	fmt.Println(p, err)              // Go: <nil> boom
}
