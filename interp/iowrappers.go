package interp

import "io"

// A value of a cell's type that compiled code gets as an io.Writer or an
// io.Reader has, in yaegi's wrapper, only that interface's method: the
// optional methods the io package looks for (io.WriteString asks for
// WriteString, io.Copy for ReadFrom and WriteTo) were lost, and a writer
// that prefixes what WriteString writes, or a buffer's ReadFrom, was
// bypassed without an error. writerOf and readerOf give compiled code a
// value with the optional methods the cell's type has (lower.lowerIOArg).

// writerOf returns w with WriteString and ReadFrom where they are not nil.
func writerOf(w io.Writer, writeString func(string) (int, error), readFrom func(io.Reader) (int64, error)) io.Writer {
	switch {
	case writeString != nil && readFrom != nil:
		return stringReaderFromWriter{w, writeString, readFrom}
	case writeString != nil:
		return stringWriter{w, writeString}
	case readFrom != nil:
		return readerFromWriter{w, readFrom}
	}
	return w
}

type stringWriter struct {
	io.Writer
	writeString func(string) (int, error)
}

func (w stringWriter) WriteString(s string) (int, error) { return w.writeString(s) }

type readerFromWriter struct {
	io.Writer
	readFrom func(io.Reader) (int64, error)
}

func (w readerFromWriter) ReadFrom(r io.Reader) (int64, error) { return w.readFrom(r) }

type stringReaderFromWriter struct {
	io.Writer
	writeString func(string) (int, error)
	readFrom    func(io.Reader) (int64, error)
}

func (w stringReaderFromWriter) WriteString(s string) (int, error)   { return w.writeString(s) }
func (w stringReaderFromWriter) ReadFrom(r io.Reader) (int64, error) { return w.readFrom(r) }

// readerOf returns r with WriteTo where it is not nil.
func readerOf(r io.Reader, writeTo func(io.Writer) (int64, error)) io.Reader {
	if writeTo == nil {
		return r
	}
	return writerToReader{r, writeTo}
}

type writerToReader struct {
	io.Reader
	writeTo func(io.Writer) (int64, error)
}

func (r writerToReader) WriteTo(w io.Writer) (int64, error) { return r.writeTo(w) }
