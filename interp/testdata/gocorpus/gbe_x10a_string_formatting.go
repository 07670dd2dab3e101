// Exercises: string formatting - every common fmt verb: %v %+v %#v %T %t %d %b %o %x %X %c %q %U %e %E %f %g %s %p, widths, flags, argument indexes, errors
package main

import (
	"fmt"
	"os"
)

type pixel struct {
	X, Y  int
	Color string
}

func main() {
	px := pixel{3, 4, "teal"}
	fmt.Printf("%v | %+v | %#v | %T\n", px, px, px, px)
	fmt.Printf("%v %+v %T\n", &px, []pixel{px}, map[string]pixel{})
	fmt.Printf("%t %v %5t|\n", 1 > 2, true, false)

	n := 2024
	fmt.Printf("%d %+d %b %o %#o %O %x %X %#x %08b\n", n, n, n, n, n, n, n, n, n, 5)
	fmt.Printf("%c %q %U %#U %d\n", 'λ', 'λ', 'λ', 'λ', 'λ')
	fmt.Printf("|%5d|%-5d|%05d|% d|%x|\n", 42, 42, -42, 42, -42)

	f := 1234.56789
	fmt.Printf("%f %.2f %8.1f| %-8.1f| %e %E %.3g %g\n", f, f, f, f, f, f, f, 1e-7)
	fmt.Printf("%g %g %G %v %v\n", 100000.0, 1e21, 2.5e-9, float32(0.1), 3.0)
	fmt.Printf("%6.2f%% done\n", 99.5)

	s := "tab\there"
	fmt.Printf("%s|%q|%#q|%x|% X|%10s|%-10s|%.3s\n", s, s, "raw", "hi", "hi", "right", "left", "truncate")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []string{"a", "b"})
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 1, 2.25)
	fmt.Printf("%[2]s %[1]s %[2]s\n", "world", "hello")
	fmt.Printf("%v %d %s\n", []int{1, 2}, []int{1, 2}, []error{fmt.Errorf("e1")})
	fmt.Printf("%v %#v %v\n", map[int]string{2: "b", 1: "a"}, []any{1, "x", nil}, [2]bool{})
	fmt.Printf("%v %v %.1f %v\n", 2+3i, complex64(1), 1-1i, struct{}{})
	fmt.Printf("%p %t\n", nil, fmt.Sprintf("%p", &px) != fmt.Sprintf("%p", &n))
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra")
	fmt.Printf("%z %!\n", 3)
	fmt.Printf("%v %d\n", nil, nil)

	msg := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(msg, len(msg))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c"), fmt.Sprint(1, 2), fmt.Sprintln("end", 3) == "end 3\n")
	fmt.Fprintf(os.Stdout, "%s to stdout\n", "written")
	err := fmt.Errorf("wrapped %d: %w", 5, os.ErrClosed)
	fmt.Printf("%v | %s | %q\n", err, err, err)
}
