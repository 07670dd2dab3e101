// Exercises: reading and writing files in os.MkdirTemp - WriteFile/ReadFile, Create with Write/WriteString/Fprintf, bufio.Writer, append mode, Open with Read/Seek/ReadAt, bufio.Reader, CreateTemp
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	dir := must(os.MkdirTemp("", "gbe-x10a-files"))
	defer os.RemoveAll(dir)

	notes := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notes, []byte("line one\nline two\n"), 0o600); err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", must(os.ReadFile(notes)))

	f := must(os.Create(filepath.Join(dir, "table.csv")))
	fmt.Println(must(f.Write([]byte("id,name\n"))), must(f.WriteString("1,ann\n")), must(fmt.Fprintf(f, "%d,%s\n", 2, "bo")))
	bw := bufio.NewWriter(f)
	bw.WriteString("3,cy\n")
	fmt.Println("buffered:", bw.Buffered())
	bw.Flush()
	f.Close()

	app := must(os.OpenFile(notes, os.O_APPEND|os.O_WRONLY, 0))
	app.WriteString("line three\n")
	app.Close()
	info := must(os.Stat(notes))
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().Perm())

	r := must(os.Open(filepath.Join(dir, "table.csv")))
	defer r.Close()
	head := make([]byte, 7)
	fmt.Printf("%d %q\n", must(r.Read(head)), head)
	pos := must(r.Seek(-5, io.SeekEnd))
	tail := must(io.ReadAll(r))
	fmt.Printf("@%d %q\n", pos, tail)
	at := make([]byte, 5)
	fmt.Printf("%d %q\n", must(r.ReadAt(at, 8)), at)
	r.Seek(0, io.SeekStart)
	br := bufio.NewReader(r)
	first := must(br.ReadString('\n'))
	peek := must(br.Peek(3))
	fmt.Printf("%q %q\n", first, peek)

	tmp := must(os.CreateTemp(dir, "scratch-*.log"))
	tmp.WriteString("temp")
	tmp.Close()
	entries := must(os.ReadDir(dir))
	fmt.Println(len(entries), filepath.Ext(tmp.Name()), filepath.Dir(tmp.Name()) == dir)
	_, err := os.ReadFile(filepath.Join(dir, "absent"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.Remove(tmp.Name()))
}
