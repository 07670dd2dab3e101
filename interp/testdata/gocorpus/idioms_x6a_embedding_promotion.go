// Exercises: embedding for composition, promoted methods, shadowed fields and methods, pointer embedding, interface through promotion
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type User struct {
	Base
	*Logger
	Name string
}

func (u User) Kind() string { return "user/" + u.Base.Kind() }

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

func main() {
	u := User{Base: Base{1, "inner"}, Logger: &Logger{}, Name: "outer"}
	fmt.Println(u.Name, u.Base.Name, u.ID)
	u.Rename("renamed")
	fmt.Println(u.Name, u.Base.Name, u.Describe())
	u.Log("one")
	u.Log("two")
	fmt.Println(len(u.lines), u.Logger.lines)
	var d Describer = u
	var k Kinder = u
	fmt.Println(d.Describe(), k.Kind())
	k = u.Base
	fmt.Println(k.Kind())
	v := u
	v.Log("shared")
	fmt.Println(len(u.lines), v.Base == u.Base)
	fmt.Printf("%v\n", u.Base)
}
