package main

import (
	"fmt"
	"strings"
)

type Namer interface{ Name() string }

type person string

func (p person) Name() string { return string(p) }

type Employee struct {
	Namer
	Title string
}

func main() {
	e := Employee{person("ann"), "dev"}
	f := e.Name
	g := Namer.Name
	e.Namer = person("bob")
	fmt.Println(f(), e.Name(), g(e), strings.ToUpper(e.Namer.Name()))
	var n Namer = e
	fmt.Println(n.Name())
}
