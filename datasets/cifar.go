package datasets

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gonum.org/v1/gonum/mat"
)

// CIFAR-10's binary version (cifar-10-binary.tar.gz from Alex Krizhevsky's
// page): six files of records, each one label byte followed by a 32x32
// colour image as 1024 red, 1024 green and 1024 blue bytes. The published
// files hold 10000 records each (30,730,000 bytes); the loader accepts any
// whole number of records, which is what lets the tests use tiny files.
const (
	cifarSide   = 32
	cifarPixels = 3 * cifarSide * cifarSide // 3072
	cifarRecord = 1 + cifarPixels           // 3073
	cifarFolder = "cifar-10-batches-bin"    // what the archive unpacks into
)

var (
	cifarFiles   = []string{"data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"}
	cifarClasses = []string{"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"}
)

// LoadCIFAR10 reads all of CIFAR-10: the training images of data_batch_1.bin
// to data_batch_5.bin (50000 in the published files) and the test images of
// test_batch.bin (10000), 32x32 colour in ten classes. Each image is a row
// of 3072 values in [0, 255], planar: red, green, then blue. CIFAR-10 is not
// bundled; the files are looked for in $GOBACKPROP_DATA, then in dir, each
// also with cifar-10-batches-bin appended.
//
// Read whole, the matrices take 1.5 GB of float64; LoadCIFAR10Subset reads
// fewer. LoadCIFAR10 returns an error matching ErrNotFound if no directory
// holds all six files, and an error naming the file if one is not a whole
// number of records or has a label outside 0..9.
func LoadCIFAR10(dir string) (*Set, error) {
	return loadCIFAR10(dir, -1, -1)
}

// LoadCIFAR10Subset is LoadCIFAR10 reading only the first nTrain training
// images (from data_batch_1.bin on) and the first nTest test images. A
// count of 0 leaves that part empty (nil).
//
// LoadCIFAR10Subset returns an error if a count is negative or larger than
// the files hold, and otherwise the errors of LoadCIFAR10.
func LoadCIFAR10Subset(dir string, nTrain, nTest int) (*Set, error) {
	if nTrain < 0 || nTest < 0 {
		return nil, fmt.Errorf("datasets: LoadCIFAR10Subset: nTrain %d and nTest %d must not be negative", nTrain, nTest)
	}
	return loadCIFAR10(dir, nTrain, nTest)
}

func loadCIFAR10(dir string, nTrain, nTest int) (*Set, error) {
	fix := fmt.Sprintf("download https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz (the binary version), unpack it, and pass its %s directory or the one above it, or set %s to it",
		cifarFolder, EnvData)
	found, paths, err := find("CIFAR-10", cifarFiles, []string{""}, places(dir, cifarFolder, nil), fix)
	if err != nil {
		return nil, err
	}
	// Check every file's size before reading any, so that a damaged
	// download fails in a moment instead of after a minute of reading.
	records := make([]int, len(paths))
	for i, path := range paths {
		if records[i], err = cifarRecords(path); err != nil {
			return nil, err
		}
	}
	s := &Set{Classes: cifarClasses, Height: cifarSide, Width: cifarSide, Channels: 3, Source: found}
	if s.XTrain, s.YTrain, err = readCIFAR(paths[:5], records[:5], "training", nTrain); err != nil {
		return nil, err
	}
	if s.XTest, s.YTest, err = readCIFAR(paths[5:], records[5:], "test", nTest); err != nil {
		return nil, err
	}
	return s, nil
}

// cifarRecords returns the number of records in the file at path, from its
// size.
func cifarRecords(path string) (int, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("datasets: %w", err)
	}
	size := fi.Size()
	switch {
	case size == 0:
		return 0, fmt.Errorf("datasets: %s: empty file: want records of %d bytes (1 label byte + %d pixel bytes)", filepath.Base(path), cifarRecord, cifarPixels)
	case size%cifarRecord != 0:
		return 0, fmt.Errorf("datasets: %s: %d bytes is not a multiple of %d (1 label byte + %d pixel bytes per record): not a CIFAR-10 binary batch",
			filepath.Base(path), size, cifarRecord, cifarPixels)
	}
	return int(size / cifarRecord), nil
}

// readCIFAR reads the first n records (all for n < 0) of the files taken
// in order, records[i] being the number in paths[i].
func readCIFAR(paths []string, records []int, part string, n int) (*mat.Dense, []int, error) {
	total := 0
	for _, r := range records {
		total += r
	}
	switch {
	case n < 0:
		n = total
	case n > total:
		return nil, nil, fmt.Errorf("datasets: CIFAR-10 has %d %s images, asked for %d", total, part, n)
	case n == 0:
		return nil, nil, nil
	}
	X := mat.NewDense(n, cifarPixels, nil)
	y := make([]int, 0, n)
	for i, path := range paths {
		if len(y) == n {
			break
		}
		var err error
		if y, err = readCIFARFile(path, min(records[i], n-len(y)), X, y); err != nil {
			return nil, nil, err
		}
	}
	return X, y, nil
}

// readCIFARFile reads k records of the file at path into the rows of X
// after the len(y) already filled, and appends their labels to y.
func readCIFARFile(path string, k int, X *mat.Dense, y []int) ([]int, error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return y, fmt.Errorf("datasets: %w", err)
	}
	defer f.Close()
	buf := make([]byte, chunkItems*cifarRecord)
	for done := 0; done < k; {
		chunk := buf[:min(k-done, chunkItems)*cifarRecord]
		if got, err := io.ReadFull(f, chunk); err != nil {
			// The size was checked, so this is a file changing under us.
			return y, fmt.Errorf("datasets: %s: truncated: want %d record bytes, got %d: %w", name, k*cifarRecord, done*cifarRecord+got, err)
		}
		for rec := range len(chunk) / cifarRecord {
			record := chunk[rec*cifarRecord : (rec+1)*cifarRecord]
			if label := int(record[0]); label >= len(cifarClasses) {
				return y, fmt.Errorf("datasets: %s: record %d has label %d, want 0..%d: not a CIFAR-10 file (CIFAR-100's have two label bytes)",
					name, done+rec, label, len(cifarClasses)-1)
			}
			y = append(y, int(record[0]))
			row := X.RawRowView(len(y) - 1)
			for j, b := range record[1:] {
				row[j] = float64(b)
			}
		}
		done += len(chunk) / cifarRecord
	}
	return y, nil
}
