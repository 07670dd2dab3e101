// Exercises: a stateful user io.Reader (masks digits, counts reads, 4-byte chunks), bufio.Reader.ReadString over it, io.LimitReader and io.CopyN, a reader wrapping another of its type.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// maskReader hides digits and remembers how it was used.
type maskReader struct {
	src     io.Reader
	reads   int
	maskedN int
}

func (m *maskReader) Read(p []byte) (int, error) {
	if len(p) > 4 {
		p = p[:4] // small reads, as from a slow device
	}
	n, err := m.src.Read(p)
	m.reads++
	for i, b := range p[:n] {
		if b >= '0' && b <= '9' {
			p[i] = '#'
			m.maskedN++
		}
	}
	return n, err
}

func main() {
	m := &maskReader{src: strings.NewReader("card 4111-1111 exp 12/29\npin 0000\n")}
	br := bufio.NewReader(m)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			fmt.Printf("%q\n", line)
		}
		if err != nil {
			fmt.Println("end:", err)
			break
		}
	}
	fmt.Println("reads", m.reads, "masked", m.maskedN)

	twice := &maskReader{src: &maskReader{src: strings.NewReader("a1b2c3d4e5")}}
	n, err := io.CopyN(os.Stdout, io.LimitReader(twice, 7), 5)
	fmt.Println("", n, err, twice.reads)
	n, err = io.CopyN(os.Stdout, twice, 100)
	fmt.Println("", n, err, twice.maskedN, twice.src.(*maskReader).maskedN)
}
