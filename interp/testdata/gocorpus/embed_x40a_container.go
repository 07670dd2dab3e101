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

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	Name string
}

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

type LoudDog struct{ Dog }

func (d LoudDog) Sound() string { return d.Dog.Sound() + "!!!" }

type Pet struct {
	Animal
	name string
}

func main() {
	co := container{
		base: base{num: 1},
		str:  "some name",
	}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())

	type describer interface {
		describe() string
	}
	var d describer = co
	fmt.Println("describer:", d.describe())
	fmt.Printf("%+v\n", co)

	svc := Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	svc.Log("start")
	svc.Log("ready")
	fmt.Println(svc.lines, len(svc.Logger.lines))

	pets := []Pet{{Dog{}, "rex"}, {LoudDog{}, "max"}}
	for _, p := range pets {
		fmt.Println(p.name, p.Sound())
	}
	fmt.Printf("%+v\n", pets[1])
}
