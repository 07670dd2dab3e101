// Exercises: io.LimitReader, io.SectionReader (ReadAt, Seek, Size), io.MultiReader, io.ReadFull and io.ErrUnexpectedEOF, io.Pipe with a goroutine.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("0123456789abcdefghij")
	lim, _ := io.ReadAll(io.LimitReader(src, 5))
	fmt.Printf("%s\n", lim)

	sec := io.NewSectionReader(strings.NewReader("0123456789abcdefghij"), 5, 10)
	fmt.Println("size", sec.Size())
	p := make([]byte, 4)
	n, err := sec.ReadAt(p, 2)
	fmt.Printf("%q %d %v\n", p[:n], n, err)
	n, err = sec.ReadAt(p, 8)
	fmt.Printf("%q %d %v\n", p[:n], n, err)
	pos, _ := sec.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(sec)
	fmt.Println(pos, string(rest))

	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"), strings.NewReader("e"))
	full := make([]byte, 4)
	n, err = io.ReadFull(mr, full)
	fmt.Println(string(full[:n]), err)
	n, err = io.ReadFull(mr, full)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))

	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "msg%d ", i)
		}
		pw.Close()
	}()
	got, _ := io.ReadAll(pr)
	fmt.Println(string(got))
}
