package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

var ErrTooLarge = errors.New("payload too large")

type LimitError struct {
	Limit int64
	Got   int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("limit %d exceeded: read %d", e.Limit, e.Got)
}

func (e *LimitError) Unwrap() error { return ErrTooLarge }

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func readAllLimited(r io.Reader, limit int64) ([]byte, error) {
	cr := &countingReader{r: r}
	data, err := io.ReadAll(io.LimitReader(cr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("readAllLimited: %w", err)
	}
	if int64(len(data)) > limit {
		return data[:limit], &LimitError{limit, cr.n}
	}
	return data, nil
}

type failingReader struct{ after int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, fs.ErrPermission
	}
	n := min(len(p), f.after)
	for i := range n {
		p[i] = 'x'
	}
	f.after -= n
	return n, nil
}

func main() {
	for _, src := range []io.Reader{
		strings.NewReader("short"),
		strings.NewReader("this one is definitely too long"),
		&failingReader{after: 3},
	} {
		data, err := readAllLimited(src, 10)
		var le *LimitError
		switch {
		case err == nil:
			fmt.Printf("ok %q\n", data)
		case errors.As(err, &le):
			fmt.Printf("limit: %v (is ErrTooLarge=%v) kept %q\n", le, errors.Is(err, ErrTooLarge), data)
		case errors.Is(err, fs.ErrPermission):
			fmt.Println("permission:", err)
		default:
			fmt.Println("other:", err)
		}
	}

	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "chunk %d;", i)
		}
		pw.CloseWithError(errors.New("producer stopped"))
	}()
	all, err := io.ReadAll(pr)
	fmt.Printf("%s | %v\n", all, err)

	var sb strings.Builder
	mw := io.MultiWriter(&sb, io.Discard)
	n, err := io.Copy(mw, io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd")))
	fmt.Println(n, err, sb.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	buf := make([]byte, 3)
	k, err := sr.ReadAt(buf, 3)
	fmt.Println(k, err, string(buf[:k]))
	k, err = io.ReadFull(strings.NewReader("xy"), buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))

	joined := errors.Join(ErrTooLarge, io.EOF, nil)
	fmt.Printf("%q %v %v\n", joined.Error(), errors.Is(joined, io.EOF), errors.Unwrap(joined) == nil)
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", io.ErrShortWrite))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}
	tr := io.TeeReader(strings.NewReader("tee"), &sb)
	io.Copy(io.Discard, tr)
	fmt.Println(sb.String())
}
