package main

import (
	"fmt"
	"strconv"
)

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface{ Signed | Unsigned }

type Celsius int16

type StringLike interface{ ~string | ~[]byte }

func Abs[T Signed](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Bits[T Integer](x T) string {
	return strconv.FormatUint(uint64(x), 2)
}

func Len[S StringLike](s S) int { return len(s) }

func First[S StringLike](s S) byte { return s[0] }

type Shower interface {
	~int | ~string
	Show() string
}

type Code int

func (c Code) Show() string { return "code-" + strconv.Itoa(int(c)) }

type Tag string

func (t Tag) Show() string { return "tag-" + string(t) }

func ShowAll[T Shower](xs ...T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Convert[From, To Integer](x From) To { return To(x) }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Abs(-5), Abs(int8(-7)), Abs(Celsius(-30)))
	fmt.Printf("%T\n", Abs(Celsius(-30)))
	fmt.Println(Bits(uint8(10)), Bits(255), Bits(Celsius(5)))
	fmt.Println(Len("héllo"), Len([]byte{1, 2}), First("xyz"), First([]byte("abc")))
	fmt.Println(ShowAll(Code(1), Code(2)), ShowAll[Tag]("a", "b"))
	fmt.Println(Convert[int, uint8](300), Convert[int64, int8](-129))
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int](), Zero[[2]bool](), Zero[struct{ A int }]())
}
