// Exercises: struct embedding: promoted fields and methods, embedded interface satisfaction, shadowing of a promoted method, embedding a pointer.
package main

import "fmt"

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

type container struct {
	base
	str string
}

type describer interface {
	describe() string
}

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

type Loud struct{ base }

func (l Loud) describe() string { return "LOUD " + l.base.describe() }

func main() {
	co := container{
		base: base{num: 1},
		str:  "some name",
	}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())
	s := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	s.Log("started " + s.Name)
	s.prefix = "[changed] "
	s.Log("again")
	d = Loud{base{7}}
	fmt.Println(d.describe())
	fmt.Printf("%+v\n", co)
}
