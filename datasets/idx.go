package datasets

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gonum.org/v1/gonum/mat"
)

// IDX is the format of Yann LeCun's MNIST files: a big-endian header, then
// unsigned bytes. The header's first word is the magic number 0x0000TTNN,
// TT the element type (0x08, unsigned byte) and NN the number of
// dimensions; one 32-bit size per dimension follows. So a label file
// (one dimension: count) starts with 2049, an image file (three: count,
// rows, columns) with 2051.
const (
	idxLabels = 0x00000801 // 2049
	idxImages = 0x00000803 // 2051
)

// preallocItems bounds what a reader allocates before the data arrives:
// a damaged header may announce billions of images, and the slice should
// grow with the bytes actually read rather than trust it. MNIST's 60000
// images fit, so real files are read with a single allocation.
const preallocItems = 1 << 16

// chunkItems is how many images are read per call: large enough that the
// gzip reader runs in long stretches, small enough that the byte buffer
// stays in cache while it is converted to float64.
const chunkItems = 256

// idxFile is an open IDX file whose header has been read and checked.
type idxFile struct {
	name  string // base name, for error messages
	dims  []int  // sizes from the header: count first
	file  *os.File
	r     io.Reader
	bytes int // data bytes read so far, to say where a read failed
}

// openIDX opens the IDX file at path and reads its header, which must carry
// the given magic number. A gzip file is decompressed on the fly; it is
// recognised by its first two bytes rather than its name, so a file that
// was gunzipped by hand but kept its name reads too.
func openIDX(path string, magic uint32) (*idxFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("datasets: %w", err)
	}
	x := &idxFile{name: filepath.Base(path), file: f}
	if err := x.readHeader(magic); err != nil {
		f.Close()
		return nil, err
	}
	return x, nil
}

func (x *idxFile) readHeader(magic uint32) error {
	br := bufio.NewReaderSize(x.file, 64<<10)
	x.r = br
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		z, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("datasets: %s: %w", x.name, err)
		}
		x.r = z
	}
	// The magic number first, on its own: the rest of the header's length
	// depends on it, and a wrong file should say it is wrong, not short.
	var word [4]byte
	if n, err := io.ReadFull(x.r, word[:]); err != nil {
		if isShort(err) {
			return fmt.Errorf("datasets: %s: truncated: want a 4-byte IDX magic number, got %d bytes", x.name, n)
		}
		return fmt.Errorf("datasets: %s: header: %w", x.name, err)
	}
	if got := binary.BigEndian.Uint32(word[:]); got != magic {
		kind := ""
		if k := idxKind(got); k != "" {
			kind = " (" + k + ")"
		}
		return fmt.Errorf("datasets: %s: magic number %d%s, want %d (%s): not the right MNIST file", x.name, got, kind, magic, idxKind(magic))
	}
	ndim := int(magic & 0xff)
	header := make([]byte, 4*ndim)
	if n, err := io.ReadFull(x.r, header); err != nil {
		if isShort(err) {
			return fmt.Errorf("datasets: %s: truncated: want a %d-byte IDX header, got %d bytes", x.name, 4+len(header), 4+n)
		}
		return fmt.Errorf("datasets: %s: header: %w", x.name, err)
	}
	for i := range ndim {
		x.dims = append(x.dims, int(binary.BigEndian.Uint32(header[4*i:])))
	}
	return nil
}

// idxKind names the two magic numbers MNIST uses, so that a label file
// passed where images belong says so instead of showing a bare number.
func idxKind(magic uint32) string {
	switch magic {
	case idxLabels:
		return "IDX labels"
	case idxImages:
		return "IDX images"
	}
	return ""
}

func (x *idxFile) Close() error { return x.file.Close() }

// labels reads the next n labels and checks that each is below classes.
func (x *idxFile) labels(n, classes int) ([]int, error) {
	buf := make([]byte, n)
	if err := x.read(buf, n, "label"); err != nil {
		return nil, err
	}
	y := make([]int, n)
	for i, b := range buf {
		if int(b) >= classes {
			return nil, fmt.Errorf("datasets: %s: label %d at index %d, want 0..%d: not an MNIST label file", x.name, b, i, classes-1)
		}
		y[i] = int(b)
	}
	return y, nil
}

// images reads the next n images of size bytes each as the rows of an
// n x size matrix, one float64 per byte.
func (x *idxFile) images(n, size int) (*mat.Dense, error) {
	want := n * size
	data := make([]float64, 0, min(n, preallocItems)*size)
	buf := make([]byte, chunkItems*size)
	for len(data) < want {
		chunk := buf[:min(len(buf), want-len(data))]
		if err := x.read(chunk, want, "pixel"); err != nil {
			return nil, err
		}
		for _, b := range chunk {
			data = append(data, float64(b))
		}
	}
	return mat.NewDense(n, size, data), nil
}

// read fills buf; want is the total the caller is reading, so that a short
// file reports how much was expected overall and how much there was.
func (x *idxFile) read(buf []byte, want int, what string) error {
	n, err := io.ReadFull(x.r, buf)
	x.bytes += n
	if err == nil {
		return nil
	}
	if isShort(err) {
		return fmt.Errorf("datasets: %s: truncated: want %d %s bytes, got %d", x.name, want, what, x.bytes)
	}
	return fmt.Errorf("datasets: %s: after %d %s bytes: %w", x.name, x.bytes, what, err)
}

// end checks that nothing follows the data the header announced. It is
// called only after reading everything, and it is what makes the gzip
// reader verify its checksum, so a damaged download does not pass quietly.
func (x *idxFile) end() error {
	var one [1]byte
	n, err := io.ReadFull(x.r, one[:])
	switch {
	case n > 0:
		return fmt.Errorf("datasets: %s: more data after the %d items the header announces: not an MNIST file", x.name, x.dims[0])
	case err == io.EOF:
		return nil
	default:
		return fmt.Errorf("datasets: %s: %w", x.name, err)
	}
}

// isShort reports whether err means that the data ended early. A gzip
// stream cut in the middle ends with io.ErrUnexpectedEOF as well.
func isShort(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}
