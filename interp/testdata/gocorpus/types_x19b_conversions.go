package main

import (
	"fmt"
	"strings"
)

type UserID int64
type Email string

type DBUser struct {
	ID    int64  `db:"id"`
	Email string `db:"email"`
}

type APIUser struct {
	ID    int64  `json:"id"`
	Email string `json:"email"`
}

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Strs []string

func (s Strs) Joined() string { return strings.Join(s, "+") }

func main() {
	id := UserID(42)
	raw := int64(id)
	fmt.Printf("%v %T %v %T\n", id, id, raw, raw)
	e := Email("A@B.COM")
	fmt.Println(strings.ToLower(string(e)))

	db := DBUser{7, "x@y.z"}
	api := APIUser(db) // identical underlying types ignoring tags
	fmt.Printf("%+v %T\n", api, api)

	fmt.Printf("%.1f %T\n", CToF(100), CToF(-40))

	h := Handler(strings.TrimSpace)
	fmt.Printf("%q\n", h.Twice("  x  "))
	up := Handler(func(s string) string { return s + "!" })
	fmt.Println(up.Twice("hey"))

	words := []string{"a", "b"}
	fmt.Println(Strs(words).Joined())
	s := Strs{"c"}
	var plain []string = s
	fmt.Println(len(plain))

	sl := []int{1, 2, 3, 4}
	arr := [4]int(sl)
	ap := (*[2]int)(sl)
	ap[0] = 100
	arr[1] = 200
	fmt.Println(sl, arr, *ap)

	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]))
	var f float64 = 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)+253))
	big := 1e10
	fmt.Println(int32(int64(big)), float32(big))
	var x any = id
	_, isInt64 := x.(int64)
	uid, isUID := x.(UserID)
	fmt.Println(isInt64, isUID, uid)
	type pair struct{ a, b int }
	type pair2 struct{ a, b int }
	p := pair2(pair{1, 2})
	fmt.Printf("%+v\n", p)
}
