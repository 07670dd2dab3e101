// Exercises: a rot13 io.Reader over strings.NewReader with a [256]byte table built in init, pointer receiver, io.CopyBuffer with a tiny buffer, nesting readers.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

var rot [256]byte

func init() {
	for i := range rot {
		b := byte(i)
		switch {
		case 'a' <= b && b <= 'z':
			b = 'a' + (b-'a'+13)%26
		case 'A' <= b && b <= 'Z':
			b = 'A' + (b-'A'+13)%26
		}
		rot[i] = b
	}
}

type rot13Reader struct {
	src   io.Reader
	total int
}

func (r *rot13Reader) Read(p []byte) (int, error) {
	n, err := r.src.Read(p)
	for i, c := range p[:n] {
		p[i] = rot[c]
	}
	r.total += n
	return n, err
}

func main() {
	r := &rot13Reader{src: strings.NewReader("Lbh penpxrq gur pbqr!\n")}
	n, err := io.CopyBuffer(os.Stdout, r, make([]byte, 5))
	fmt.Println(n, err, r.total)
	inner := &rot13Reader{src: strings.NewReader("Twice is plain.")}
	b, err := io.ReadAll(&rot13Reader{src: inner})
	fmt.Printf("%s %v %d\n", b, err, inner.total)
	var rd io.Reader = r
	_, isWriter := rd.(io.Writer)
	fmt.Println(isWriter, string(rot['N']), rot['5'])
}
