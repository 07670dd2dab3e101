// Exercises: a custom io.Reader that transforms another reader, consumed by io.ReadAll and io.Copy.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type vowelMasker struct {
	r io.Reader
}

func (v vowelMasker) Read(p []byte) (int, error) {
	n, err := v.r.Read(p)
	for i := 0; i < n; i++ {
		if strings.IndexByte("aeiouAEIOU", p[i]) >= 0 {
			p[i] = '*'
		}
	}
	return n, err
}

type limitedDigits struct {
	next, max int
}

func (l *limitedDigits) Read(p []byte) (int, error) {
	if l.next >= l.max {
		return 0, io.EOF
	}
	p[0] = byte('0' + l.next%10)
	l.next++
	return 1, nil
}

func main() {
	b, err := io.ReadAll(vowelMasker{strings.NewReader("Programming in Go is fun")})
	fmt.Println(string(b), err)
	n, err := io.Copy(os.Stdout, &limitedDigits{max: 12})
	fmt.Println()
	fmt.Println(n, err)
	buf := make([]byte, 4)
	r := vowelMasker{strings.NewReader("abcdefg")}
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
}
