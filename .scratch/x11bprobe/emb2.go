package main

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return "lvl" }

type Row struct {
	Level
	N int
}

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprint("base#", b.ID) }

type Item struct {
	Base
	Name string
}

type MyErr struct{ error }

func main() {
	fmt.Println(Row{1, 2}, []Row{{0, 1}})
	fmt.Printf("%v %+v %s\n", Row{1, 2}, Row{1, 2}, Row{1, 2})
	fmt.Println(Item{Base{7}, "x"}, &Item{Base{8}, "y"})
	e := MyErr{errors.New("inner")}
	fmt.Println(e, e.Error())
	var err error = e
	fmt.Println(err)
}
