package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

type Op byte

const (
	Keep Op = ' '
	Add  Op = '+'
	Del  Op = '-'
)

type Edit struct {
	Op   Op
	Line []byte
}

func lines(b []byte) [][]byte {
	var out [][]byte
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		out = append(out, bytes.Clone(sc.Bytes()))
	}
	return out
}

func diff(a, b [][]byte) []Edit {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if bytes.Equal(a[i], b[j]) {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var edits []Edit
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case bytes.Equal(a[i], b[j]):
			edits = append(edits, Edit{Keep, a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			edits = append(edits, Edit{Del, a[i]})
			i++
		default:
			edits = append(edits, Edit{Add, b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		edits = append(edits, Edit{Del, a[i]})
	}
	for ; j < m; j++ {
		edits = append(edits, Edit{Add, b[j]})
	}
	return edits
}

func main() {
	oldText := []byte(`package main

import "fmt"

func main() {
	fmt.Println("hello")
	fmt.Println("bye")
}
`)
	newText := []byte(`package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello, world")
	fmt.Println("bye")
	os.Exit(0)
}
`)
	edits := diff(lines(oldText), lines(newText))
	var out bytes.Buffer
	stats := map[Op]int{}
	for _, e := range edits {
		stats[e.Op]++
		out.WriteByte(byte(e.Op))
		out.WriteByte(' ')
		out.Write(bytes.ReplaceAll(e.Line, []byte("\t"), []byte("    ")))
		out.WriteByte('\n')
	}
	fmt.Print(out.String())
	fmt.Printf("+%d -%d =%d\n", stats[Add], stats[Del], stats[Keep])
	fmt.Println(len(diff(nil, lines([]byte("a\nb")))), len(diff(lines([]byte("same")), lines([]byte("same")))))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a:b:c"), []byte(":"), 2))
	fmt.Printf("%s|%s|%s\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.Title([]byte("x")), bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
	fmt.Println(bytes.ContainsAny([]byte("hello"), "xyz"), bytes.IndexByte([]byte("golang"), 'l'), strings.ToUpper(string(bytes.Repeat([]byte("na"), 4))))
}
