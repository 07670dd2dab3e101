package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string) string { return l.prefix + s }

type Base struct {
	ID   int
	Name string
}

func (b Base) Hello() string { return "hello " + b.Name }

type User struct {
	Base
	*Logger
	Name string // shadows Base.Name
}

func main() {
	u := User{Base{1, "base"}, &Logger{"> "}, "user"}
	fmt.Println(u.Name, u.Base.Name, u.ID, u.Hello(), u.Log("x"))
	u.prefix = "# "
	fmt.Println(u.Log("y"), u.Logger.prefix)
	v := u
	v.Logger.prefix = "$ "
	v.Base.Name = "copy"
	fmt.Println(u.Log("z"), u.Hello(), v.Hello())
	fmt.Printf("%+v\n", u.Base)
}
