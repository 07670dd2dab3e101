package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Account struct {
	Owner   string
	Balance int
}

// String on pointer receiver: printing a value does not use it
func (a *Account) String() string { return "Account(" + a.Owner + ")" }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Wrapper struct {
	L Level
	T Temp
	p *int
}

type Err struct{ Op string }

func (e Err) Error() string  { return "op " + e.Op + " failed" }
func (e Err) String() string { return "stringer-" + e.Op }

type Secret string

func (s Secret) Format(f fmt.State, verb rune) {
	fmt.Fprint(f, "******")
}

type GoS struct{ A int }

func (g GoS) GoString() string { return "GoS!" }

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f %d\n", t, t, float64(t), int(t))

	a := Account{"ann", 10}
	fmt.Println(a)
	fmt.Println(&a)
	fmt.Printf("%v %+v\n", a, &a)
	accts := []*Account{{"bob", 1}, {"cy", 2}}
	fmt.Println(accts[0], len(accts))
	vals := []Account{{"dee", 3}}
	fmt.Println(vals)

	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %d %x %q\n", Level(1), Level(1), Level(1), Level(1))
	w := Wrapper{L: 1, T: 3}
	fmt.Printf("%v\n%+v\n", w, w)

	// Error takes precedence over String
	e := Err{"read"}
	fmt.Println(e)
	fmt.Printf("%v %s\n", e, e)
	var err error = e
	fmt.Println(errors.Is(err, Err{"read"}), err)

	fmt.Println(Secret("pw"))
	fmt.Printf("%s %v %d\n", Secret("x"), Secret("y"), Secret("z"))
	fmt.Printf("%#v %v %+v\n", GoS{1}, GoS{1}, GoS{1})

	// verbs on basic values
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d]\n", 42, 42, 42, 42)
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%g]\n", 3.14159, 2.5, 123456.789, 1e21)
	fmt.Printf("[%10s] [%-10s] [%.2s] [%q]\n", "go", "go", "golang", "tab\t")
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%T %T %T %T\n", 'x', "s", 1.0, []any{1})
	fmt.Printf("%v %d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%s %x %X\n", []byte("hi"), "hi", []byte("hi"))
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
}
