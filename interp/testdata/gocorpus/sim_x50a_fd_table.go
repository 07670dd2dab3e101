package main

import (
	"errors"
	"fmt"
	"io"
)

type inode struct {
	data []byte
}

type openFile struct {
	ino    *inode
	offset int64
	refs   int
	append bool
}

func (f *openFile) Read(p []byte) (int, error) {
	if f.offset >= int64(len(f.ino.data)) {
		return 0, io.EOF
	}
	n := copy(p, f.ino.data[f.offset:])
	f.offset += int64(n)
	return n, nil
}

func (f *openFile) Write(p []byte) (int, error) {
	if f.append {
		f.offset = int64(len(f.ino.data))
	}
	end := f.offset + int64(len(p))
	if end > int64(len(f.ino.data)) {
		f.ino.data = append(f.ino.data, make([]byte, end-int64(len(f.ino.data)))...)
	}
	copy(f.ino.data[f.offset:], p)
	f.offset = end
	return len(p), nil
}

func (f *openFile) Seek(off int64, whence int) (int64, error) {
	var base int64
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = f.offset
	case io.SeekEnd:
		base = int64(len(f.ino.data))
	default:
		return 0, errors.New("bad whence")
	}
	if base+off < 0 {
		return 0, fmt.Errorf("seek to %d: negative offset", base+off)
	}
	f.offset = base + off
	return f.offset, nil
}

var _ io.ReadWriteSeeker = (*openFile)(nil)

var ErrBadFD = errors.New("bad file descriptor")

type Process struct {
	fds [8]*openFile
}

func (p *Process) alloc(f *openFile) (int, error) {
	for i, x := range p.fds {
		if x == nil {
			p.fds[i] = f
			f.refs++
			return i, nil
		}
	}
	return -1, errors.New("too many open files")
}

func (p *Process) Open(ino *inode, appendMode bool) (int, error) {
	return p.alloc(&openFile{ino: ino, append: appendMode})
}

func (p *Process) Dup(fd int) (int, error) {
	if fd < 0 || fd >= len(p.fds) || p.fds[fd] == nil {
		return -1, fmt.Errorf("dup(%d): %w", fd, ErrBadFD)
	}
	return p.alloc(p.fds[fd])
}

func (p *Process) Close(fd int) error {
	if fd < 0 || fd >= len(p.fds) || p.fds[fd] == nil {
		return fmt.Errorf("close(%d): %w", fd, ErrBadFD)
	}
	p.fds[fd].refs--
	p.fds[fd] = nil
	return nil
}

func main() {
	file := &inode{data: []byte("0123456789")}
	var p Process
	a, _ := p.Open(file, false)
	b, _ := p.Dup(a)
	c, _ := p.Open(file, true)
	fmt.Println("fds:", a, b, c, "refs:", p.fds[a].refs, p.fds[c].refs)

	buf := make([]byte, 4)
	n, _ := p.fds[a].Read(buf)
	fmt.Printf("read a: %q\n", buf[:n])
	n, _ = p.fds[b].Read(buf)
	fmt.Printf("read b (shared offset): %q\n", buf[:n])
	p.fds[c].Write([]byte("AB"))
	p.fds[b].Write([]byte("xy"))
	fmt.Printf("data: %q\n", file.data)
	pos, err := p.fds[a].Seek(-3, io.SeekEnd)
	fmt.Println("seek:", pos, err)
	rest, _ := io.ReadAll(p.fds[a])
	fmt.Printf("rest: %q\n", rest)
	_, err = p.fds[a].Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	p.fds[a].Seek(20, io.SeekStart)
	p.fds[a].Write([]byte("!"))
	fmt.Printf("sparse: %q len=%d\n", file.data, len(file.data))
	fmt.Println(p.Close(a), p.Close(a), p.fds[b].refs)
	_, err = p.Dup(a)
	fmt.Println(err, errors.Is(err, ErrBadFD))
	for i := 0; i < 8; i++ {
		if _, err := p.Open(file, false); err != nil {
			fmt.Println("open", i, err)
		}
	}
	sr := io.NewSectionReader(bytesReaderAt(file.data), 2, 5)
	all, _ := io.ReadAll(sr)
	fmt.Printf("section: %q\n", all)
}

type bytesReaderAt []byte

func (b bytesReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(b)) {
		return 0, io.EOF
	}
	n := copy(p, b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}
