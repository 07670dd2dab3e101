package datasets

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// idx builds an IDX file: the magic number, the sizes, then data.
func idx(magic uint32, dims []int, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, magic)
	for _, d := range dims {
		binary.Write(&b, binary.BigEndian, uint32(d))
	}
	b.Write(data)
	return b.Bytes()
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	if _, err := z.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// fakeMNIST writes the four MNIST files, gzipped, into dir: nTrain and
// nTest images whose pixels are all equal to their index and labels i%10.
func fakeMNIST(t testing.TB, dir string, nTrain, nTest int) {
	t.Helper()
	for _, part := range []struct {
		images, labels string
		n              int
	}{{"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", nTrain}, {"t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", nTest}} {
		pixels := make([]byte, 0, part.n*784)
		labels := make([]byte, part.n)
		for i := range part.n {
			pixels = append(pixels, bytes.Repeat([]byte{byte(i)}, 784)...)
			labels[i] = byte(i % 10)
		}
		write(t, filepath.Join(dir, part.images), gz(t, idx(idxImages, []int{part.n, 28, 28}, pixels)))
		write(t, filepath.Join(dir, part.labels), gz(t, idx(idxLabels, []int{part.n}, labels)))
	}
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// The reader on damaged and wrong files: each case replaces some of the
// four files of a good set of 3 training and 2 test images and names the
// error it must cause.
func TestReadMNISTErrors(t *testing.T) {
	const images, labels = "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"
	good := idx(idxImages, []int{3, 28, 28}, make([]byte, 3*784))
	gzipped := gz(t, good)
	damaged := bytes.Clone(gzipped)
	damaged[len(damaged)-8] ^= 0xff // the CRC-32 in gzip's trailer
	tests := []struct {
		name  string
		files map[string][]byte
		want  string
	}{
		{"truncated pixels", map[string][]byte{
			images: gz(t, idx(idxImages, []int{60000, 28, 28}, make([]byte, 1000))),
			labels: gz(t, idx(idxLabels, []int{60000}, make([]byte, 60000))),
		}, "datasets: train-images-idx3-ubyte.gz: truncated: want 47040000 pixel bytes, got 1000"},
		{"truncated labels", map[string][]byte{labels: gz(t, idx(idxLabels, []int{3}, []byte{1, 2}))},
			"datasets: train-labels-idx1-ubyte.gz: truncated: want 3 label bytes, got 2"},
		{"truncated gzip stream", map[string][]byte{images: gzipped[:len(gzipped)/2]},
			"datasets: train-images-idx3-ubyte.gz: truncated: want 2352 pixel bytes, got"},
		{"truncated header", map[string][]byte{images: gz(t, good[:10])},
			"datasets: train-images-idx3-ubyte.gz: truncated: want a 16-byte IDX header, got 10 bytes"},
		{"empty file", map[string][]byte{images: nil},
			"datasets: train-images-idx3-ubyte.gz: truncated: want a 4-byte IDX magic number, got 0 bytes"},
		{"labels where images belong", map[string][]byte{images: gz(t, idx(idxLabels, []int{3}, make([]byte, 3)))},
			"datasets: train-images-idx3-ubyte.gz: magic number 2049 (IDX labels), want 2051 (IDX images)"},
		{"not an IDX file", map[string][]byte{"t10k-labels-idx1-ubyte.gz": gz(t, []byte("<html>404 not found</html>"))},
			"datasets: t10k-labels-idx1-ubyte.gz: magic number 1013478509, want 2049 (IDX labels): not the right MNIST file"},
		{"not 28x28", map[string][]byte{images: gz(t, idx(idxImages, []int{3, 32, 32}, make([]byte, 3*1024)))},
			"datasets: train-images-idx3-ubyte.gz: images are 32x32, want 28x28"},
		{"counts differ", map[string][]byte{labels: gz(t, idx(idxLabels, []int{4}, make([]byte, 4)))},
			"datasets: train-images-idx3-ubyte.gz holds 3 images but train-labels-idx1-ubyte.gz holds 4 labels"},
		{"label not a digit", map[string][]byte{labels: gz(t, idx(idxLabels, []int{3}, []byte{1, 2, 10}))},
			"datasets: train-labels-idx1-ubyte.gz: label 10 at index 2, want 0..9"},
		{"data after the images", map[string][]byte{images: gz(t, append(bytes.Clone(good), 0))},
			"datasets: train-images-idx3-ubyte.gz: more data after the 3 items the header announces"},
		{"bad checksum", map[string][]byte{images: damaged},
			"datasets: train-images-idx3-ubyte.gz: gzip: invalid checksum"},
		{"broken gzip header", map[string][]byte{images: {0x1f, 0x8b, 1, 2, 3}},
			"datasets: train-images-idx3-ubyte.gz: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			fakeMNIST(t, dir, 3, 2)
			for name, data := range tt.files {
				write(t, filepath.Join(dir, name), data)
			}
			_, err := LoadMNIST(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// Files gunzipped by hand read as well, whether or not they kept the .gz
// name, because the reader looks at the bytes.
func TestReadMNISTUncompressed(t *testing.T) {
	data := idx(idxImages, []int{3, 28, 28}, bytes.Repeat([]byte{7}, 3*784))
	for _, name := range []string{"train-images-idx3-ubyte", "train-images-idx3-ubyte.gz"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			fakeMNIST(t, dir, 3, 2)
			os.Remove(filepath.Join(dir, "train-images-idx3-ubyte.gz"))
			write(t, filepath.Join(dir, name), data)
			s, err := LoadMNIST(dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.XTrain.At(2, 783); got != 7 {
				t.Errorf("got pixel %v, want 7", got)
			}
		})
	}
}
