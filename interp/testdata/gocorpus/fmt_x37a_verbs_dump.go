package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Pending Status = iota
	Active
	Suspended
	Closed
)

var statusNames = [...]string{"pending", "active", "suspended", "closed"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Address struct {
	City string
	Zip  string
}

type Account struct {
	ID      uint32
	Owner   string
	Status  Status
	Balance float64
	Tags    []string
	Addr    *Address
	Meta    map[string]int
	Created time.Time
	err     error
}

func main() {
	acct := Account{
		ID:      0xBEEF,
		Owner:   "Zoë \"Z\" Müller",
		Status:  Active,
		Balance: -1234.5,
		Tags:    []string{"vip", "eu"},
		Addr:    &Address{"Berlin", "10115"},
		Meta:    map[string]int{"logins": 42, "alerts": 0, "api": 7},
		Created: time.Date(2021, 11, 5, 8, 30, 0, 0, time.UTC),
		err:     errors.New("stale"),
	}
	fmt.Printf("%v\n", acct.Status)
	fmt.Printf("%d %s %q %x %v\n", acct.Status, acct.Status, acct.Status, acct.Status, Status(9))
	fmt.Printf("%v\n", acct.Tags)
	fmt.Printf("%q\n", acct.Tags)
	fmt.Printf("%#v\n", acct.Tags)
	fmt.Printf("%v | %+v\n", *acct.Addr, *acct.Addr)
	fmt.Printf("%#v\n", *acct.Addr)
	fmt.Printf("%v\n", acct.Meta)
	fmt.Printf("%#v\n", acct.Meta)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%#x\n", acct.ID, 42, 42, 42, acct.ID, acct.ID, 8, 5, acct.ID)
	fmt.Printf("%f|%.2f|%10.3f|%-10.1f|%e|%g|%G\n", acct.Balance, acct.Balance, acct.Balance, acct.Balance, acct.Balance, 1e21, 1e-7)
	fmt.Printf("%s|%q|%x|% x|%10s|%-10s|%.3s\n", "héllo", "héllo", "hi", "hi", "right", "left", acct.Owner)
	fmt.Printf("%q\n", acct.Owner)
	fmt.Printf("%+q\n", acct.Owner)
	fmt.Printf("%c|%U|%#U|%q\n", 'ü', 'ü', 'ü', 'ü')
	fmt.Printf("%t|%v|%v\n", true, nil, acct.Addr == nil)
	fmt.Printf("%T|%T|%T|%T|%T\n", acct, acct.Addr, acct.Meta, acct.Status, acct.err)
	fmt.Printf("%v\n", acct.Created)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%v %v\n", []byte("ab"), [3]bool{true})
	fmt.Printf("%s %x %X\n", []byte("ab"), []byte("ab"), "ab")
	fmt.Printf("%v %+v\n", struct {
		A int
		B []string
	}{1, nil}, &Address{"X", "Y"})
	fmt.Printf("%08.3f|%+d|% d|%+.1e\n", 3.14159, 5, 5, 12345.678)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%[2]s-%[1]s-%[2]s", "a", "b")
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("%v %s\n", acct.err, error(nil))
	fmt.Printf("%x %X %.2x\n", -255, 3.5, "hello")
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, float32(0.1), 1e6)
	fmt.Printf("%v %d\n", []any{1, "a", nil, 2.5}, []int8{-1, 2})
}
