package main

import (
	"errors"
	"fmt"
)

type Cents int64

func (c Cents) GoString() string { return fmt.Sprintf("Cents(%d)", int64(c)) }
func (c Cents) String() string   { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Vendor struct {
	ID   int
	Name string
	Tags []string
}

type Bill struct {
	Vendor  *Vendor
	Amount  Cents
	Lines   map[string]Cents
	Paid    bool
	Err     error
	Extra   any
	private int
}

type Status uint8

const (
	Draft Status = iota + 1
	Approved
	Paid
)

func main() {
	v := &Vendor{7, "Paper Supply Co", []string{"office", "net30"}}
	b := Bill{Vendor: v, Amount: 12345, Lines: map[string]Cents{"toner": 8000, "paper": 4345}, private: 1}
	fmt.Printf("%v\n", b.Amount)
	fmt.Printf("%#v\n", b.Amount)
	fmt.Printf("%v\n", *v)
	fmt.Printf("%+v\n", *v)
	fmt.Printf("%#v\n", *v)
	fmt.Printf("%v\n", b.Lines)
	fmt.Printf("%#v\n", b.Lines)
	fmt.Printf("%+v\n", b.Err)
	fmt.Printf("%v %d\n", b.Extra, b.private)
	b.Err = errors.New("vendor on hold")
	b.Extra = Approved
	fmt.Printf("%v | %v | %#v | %T\n", b.Err, b.Extra, b.Extra, b.Extra)
	var nilV *Vendor
	fmt.Printf("%v %+v %#v\n", nilV, nilV, nilV)
	fmt.Printf("%#v\n", []Cents{1, 250})
	fmt.Printf("%#v\n", [2]Status{Draft, Paid})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "x\ty", 3.0, []byte("ab"))
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "b"})
	fmt.Printf("%v %s\n", []any{1, "a", nil, 2.5, Cents(5)}, []string{"x", "y"})
	fmt.Printf("%x % x %X\n", "fee", []byte{1, 171}, "ok")
	fmt.Printf("%d %v\n", []Cents{100, 5}, map[Status]bool{Paid: true, Draft: false})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprintf("%6.2v|", 3.14159))
}
