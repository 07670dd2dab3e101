// Exercises: an io.Reader on an empty struct that fills the buffer with 'A', read through io.LimitReader and io.ReadAll.
package main

import (
	"fmt"
	"io"
	"strings"
)

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func validate(r io.Reader) string {
	b := make([]byte, 1024)
	for i := 0; i < 5; i++ {
		n, err := r.Read(b)
		for _, v := range b[:n] {
			if v != 'A' {
				return fmt.Sprintf("got byte %d, want 'A'", v)
			}
		}
		if err != nil {
			return err.Error()
		}
	}
	return "OK!"
}

func main() {
	fmt.Println(validate(MyReader{}))
	all, err := io.ReadAll(io.LimitReader(MyReader{}, 7))
	fmt.Println(string(all), err)
	var sb strings.Builder
	n, err := io.CopyN(&sb, MyReader{}, 3)
	fmt.Println(sb.String(), n, err)
}
