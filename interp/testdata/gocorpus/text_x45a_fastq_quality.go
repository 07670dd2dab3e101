package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

const fastq = `@read1 lane=1
ACGTACGTAC
+
IIIIIHHHH#
@read2 lane=1
GGGTTTAAAC
+
!!!!++++55
@read3 lane=2
ACGTN
+
IIII
@read4 lane=2
TTTTGGGGCC
+
??????????
`

type FastqRecord struct {
	Name string
	Seq  string
	Qual []int
}

func (r FastqRecord) MeanQ() float64 {
	s := 0
	for _, q := range r.Qual {
		s += q
	}
	return float64(s) / float64(len(r.Qual))
}

func readRecord(sc *bufio.Scanner) (FastqRecord, error) {
	var lines [4]string
	for i := range lines {
		if !sc.Scan() {
			if i == 0 {
				return FastqRecord{}, io.EOF
			}
			return FastqRecord{}, io.ErrUnexpectedEOF
		}
		lines[i] = sc.Text()
	}
	if !strings.HasPrefix(lines[0], "@") || lines[2] != "+" {
		return FastqRecord{}, fmt.Errorf("bad record near %q", lines[0])
	}
	if len(lines[1]) != len(lines[3]) {
		return FastqRecord{}, fmt.Errorf("%s: seq/qual length %d != %d", lines[0][1:], len(lines[1]), len(lines[3]))
	}
	q := make([]int, len(lines[3]))
	for i := range lines[3] {
		q[i] = int(lines[3][i]) - 33
	}
	name, _, _ := strings.Cut(lines[0][1:], " ")
	return FastqRecord{name, lines[1], q}, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(fastq))
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for {
		rec, err := readRecord(sc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Fprintln(w, "skip:", err)
			continue
		}
		status := "PASS"
		if rec.MeanQ() < 20 {
			status = "FAIL"
		}
		fmt.Fprintf(w, "%-6s %-10s meanQ=%5.1f min=%2d %s\n", rec.Name, rec.Seq, rec.MeanQ(), minInt(rec.Qual), status)
	}
	w.Flush()
	fmt.Print(buf.String())
	fmt.Println(buf.Len() > 0, bytes.Count(buf.Bytes(), []byte("PASS")))
	ws := bufio.NewScanner(strings.NewReader("ACGT  GGCC\nTTAA"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Printf("%q\n", words)
}

func minInt(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}
